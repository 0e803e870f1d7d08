// Starts Swagger UI on the API docs page; the OpenAPI URL comes from the page's data attribute
// (no inline script, so the page's Content-Security-Policy allows scripts from this site only).
"use strict";
window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-openapi-url"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
