// No web fonts: the system's own, which a first visit need not download (accessibility.css names them).
import DefaultTheme from "vitepress/theme-without-fonts";
import "./accessibility.css";

export default DefaultTheme;
