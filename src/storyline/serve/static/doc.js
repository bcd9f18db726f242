// Bring the cited span into view and make it the focus of the page.
"use strict";
const hit = document.getElementById("hit");
if (hit) {
  hit.setAttribute("tabindex", "-1");
  hit.scrollIntoView({ block: "center" });
  hit.focus({ preventScroll: true });
}
