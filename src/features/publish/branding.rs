//! The deployment's branding for the components that show it (the landing's banner, the result's
//! 相談窓口, the publishing page): the organisation's config once it has loaded, from context.

use leptos::prelude::*;

use crate::features::publish::model::{OrgConfig, OrgId};

/// The deployment's branding: the config once it has loaded (`None` before, and for good when
/// there is none) and the organisation chosen with `?org=`.
#[derive(Clone)]
pub struct Branding {
    /// The validated config, when one applies.
    pub config: ReadSignal<Option<OrgConfig>>,
    /// The active `?org=ID`, if valid.
    pub org: Option<OrgId>,
}

/// Starts loading the config (`platform::config`) and provides [`Branding`] to every component
/// below.
pub fn provide_branding() {
    let selection = crate::platform::config::org_selection();
    let config = RwSignal::new(None);
    provide_context(Branding {
        config: config.read_only(),
        org: selection.org().cloned(),
    });
    leptos::task::spawn_local(async move {
        if let Some(loaded) = crate::platform::config::load(&selection).await {
            if let Some(accent) = loaded.accent {
                crate::platform::config::apply_accent(accent);
            }
            config.set(Some(loaded));
        }
    });
}

/// The branding provided by [`provide_branding`]. Outside the app (a bug), the error screen.
pub fn use_branding() -> Branding {
    expect_context::<Branding>()
}
