//! A stand-in for `wasm-streams` 0.5 with only what `server_fn`'s browser client names
//! (`ReadableStream::{from_raw, from_stream, into_raw, into_stream}`), and no JavaScript exports.
//! See Cargo.toml for why. Streaming server functions are the only users of these items, and this
//! app has no server: nothing here is ever called. Were it called, turning a Rust stream into a
//! web stream fails loudly (a panic, shown by the app's error screen) and reading a web stream
//! as a Rust stream yields one error: never silently wrong data.

use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::Stream;
use wasm_bindgen::JsValue;

const UNSUPPORTED: &str = "streams between Rust and JavaScript are not available in this app \
                           (no server functions: see vendor/wasm-streams)";

pub use readable::ReadableStream;

/// Readable streams.
pub mod readable {
    use super::*;

    /// The raw JavaScript types.
    pub mod sys {
        pub use web_sys::ReadableStream;
    }

    /// A web `ReadableStream`.
    #[derive(Debug)]
    pub struct ReadableStream {
        raw: sys::ReadableStream,
    }

    impl ReadableStream {
        /// Wraps a web stream.
        pub fn from_raw(raw: sys::ReadableStream) -> Self {
            Self { raw }
        }

        /// Not available (see the crate's documentation): panics.
        pub fn from_stream<St>(_stream: St) -> Self
        where
            St: Stream<Item = Result<JsValue, JsValue>> + 'static,
        {
            panic!("{UNSUPPORTED}")
        }

        /// The web stream.
        pub fn into_raw(self) -> sys::ReadableStream {
            self.raw
        }

        /// Not available (see the crate's documentation): a stream of one error.
        pub fn into_stream(self) -> IntoStream<'static> {
            IntoStream {
                done: false,
                reader: PhantomData,
            }
        }
    }

    /// What [`ReadableStream::into_stream`] gives: one error, then the end.
    #[derive(Debug)]
    pub struct IntoStream<'reader> {
        done: bool,
        reader: PhantomData<&'reader ()>,
    }

    impl Stream for IntoStream<'_> {
        type Item = Result<JsValue, JsValue>;

        fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            if self.done {
                return Poll::Ready(None);
            }
            self.done = true;
            Poll::Ready(Some(Err(JsValue::from_str(UNSUPPORTED))))
        }
    }
}
