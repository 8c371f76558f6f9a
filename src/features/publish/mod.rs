//! An organisation's deployment: its config (name, logo, message, colour, contact desk), its banner and contact desk, and the page that gives the embed code.

pub mod branding;
pub mod contact_desk;
pub mod model;
pub mod org_banner;
pub mod publish_page;
pub mod text;
