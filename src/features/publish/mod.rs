//! An organisation's deployment: its config (name, logo, message, colour, contact desk), its banner and contact desk, and the page that gives the embed code, makes config.json in a form and the deployment's ZIP.

pub mod brand_text;
pub mod branding;
pub mod config_form;
pub mod contact_desk;
pub mod form_preview;
pub mod form_text;
pub mod model;
pub mod org_banner;
pub mod publish_page;
pub mod text;
pub mod zip_download;
