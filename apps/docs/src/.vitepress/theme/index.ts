// No web fonts: the system's own, which a first visit need not download (accessibility.css names them).
import DefaultTheme from "vitepress/theme-without-fonts";
import "./accessibility.css";

// VitePress prefetches the pages that links in view point to, reading each link's `pathname`, which the links of
// SVG maps lack (it threw on every map in view). They are given one that names no page: the maps' dozens of links
// are left to load when followed, as a reader of a map page would not follow most of them.
if (typeof SVGAElement !== "undefined" && !("pathname" in SVGAElement.prototype)) {
  Object.defineProperty(SVGAElement.prototype, "pathname", { get: () => "/no-prefetch-for-map-links" });
}

export default DefaultTheme;
