/* Progressive enhancements only: every page works without this file. */
(function () {
    "use strict";

    // Printed pages show every accordion answer, then the reader's choice is restored.
    var openedForPrint = [];
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details:not([open])").forEach(function (item) {
            item.setAttribute("open", "");
            openedForPrint.push(item);
        });
    });
    window.addEventListener("afterprint", function () {
        openedForPrint.forEach(function (item) { item.removeAttribute("open"); });
        openedForPrint = [];
    });

    // The language menu closes with Escape or a click elsewhere, as menus do.
    var switcher = document.querySelector(".language-switcher details");
    if (switcher) {
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && switcher.open) {
                switcher.open = false;
                switcher.querySelector("summary").focus();
            }
        });
        document.addEventListener("click", function (event) {
            if (switcher.open && !switcher.contains(event.target)) {
                switcher.open = false;
            }
        });
    }
})();
