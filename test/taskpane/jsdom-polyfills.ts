/**
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to pick its layout.
 * A no-op stand-in is enough: the tests look at content, not at layout.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoopResizeObserver, writable: true });
}
