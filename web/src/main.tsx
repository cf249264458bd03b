import "@fontsource/noto-sans-thai/400.css";
import "@fontsource/noto-sans-thai/700.css";
import "@fontsource/noto-sans-jp/400.css";
import "./styles/base.css";
import "./styles/blocks.css";
import "./styles/pages.css";
import "./styles/match.css";
import "./styles/workspace.css";
import "./styles/continuity.css";
import "./styles/print.css";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { createI18n } from "./i18n/create-i18n.ts";
import { readBrowserLang, rememberLang } from "./i18n/language.ts";

const start = async () => {
  const lang = readBrowserLang();
  const i18n = await createI18n(lang);
  rememberLang(lang);
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App i18n={i18n} />);
};

void start();
