// Bring the cited span to the middle of the window and give it the focus.
// (The #hit fragment already brings it to the top without script; centring runs
// after load so the browser's own fragment scroll does not undo it.)
"use strict";
const hit = document.getElementById("hit");
function centre() {
  if (!hit) return;
  hit.setAttribute("tabindex", "-1");
  hit.scrollIntoView({ block: "center" });
  hit.focus({ preventScroll: true });
}
if (document.readyState === "complete") centre();
else window.addEventListener("load", () => requestAnimationFrame(centre));
