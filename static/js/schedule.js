/* The schedule's enhancements: a day-by-room grid on wide screens, times in the reader's own zone,
   'now' and 'next' kept up to date, and a personal agenda kept in this browser.
   Without this file the schedule is a time-ordered list and every session has its calendar file. */
(function () {
    "use strict";

    var root = document.querySelector("[data-event]");
    if (!root) { return; }
    var eventId = root.getAttribute("data-event");
    var eventZone = root.getAttribute("data-event-zone");
    var storageKey = "portal:agenda:" + eventId;
    var zoneKey = "portal:time-zone";
    var language = document.documentElement.lang || undefined;

    function read(key, fallback) {
        try {
            var value = window.localStorage.getItem(key);
            return value === null ? fallback : JSON.parse(value);
        } catch (error) {
            return fallback;
        }
    }

    function write(key, value) {
        try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (error) { /* private mode: no memory */ }
    }

    // --- the grid ---------------------------------------------------------------------------
    var wide = window.matchMedia("(min-width: 60rem)");

    function layout() {
        document.querySelectorAll(".schedule-day__grid").forEach(function (grid) {
            var rooms = parseInt(grid.getAttribute("data-rooms"), 10) || 1;
            var on = wide.matches && rooms > 0;
            grid.classList.toggle("is-grid", on);
            grid.style.gridTemplateColumns = on ? "4.5rem repeat(" + rooms + ", minmax(11rem, 1fr))" : "";
            grid.querySelectorAll(".schedule-day__rooms, .schedule-day__times").forEach(function (axis) {
                axis.hidden = !on;
            });
            grid.querySelectorAll(".schedule-day__rooms li").forEach(function (cell) {
                cell.style.gridColumn = on ? cell.getAttribute("data-column") : "";
            });
            grid.querySelectorAll(".schedule-day__times li").forEach(function (cell) {
                cell.style.gridRow = on ? cell.getAttribute("data-row") : "";
            });
            grid.querySelectorAll(".session-item[data-column]").forEach(function (item) {
                item.style.gridColumn = on ? item.getAttribute("data-column") : "";
                item.style.gridRow = on ? item.getAttribute("data-row-start") + " / " + item.getAttribute("data-row-end") : "";
                var colour = item.getAttribute("data-track");
                item.style.borderInlineStartColor = colour || "";
            });
        });
    }
    if (document.querySelector(".schedule-day__grid")) {
        layout();
        if (wide.addEventListener) { wide.addEventListener("change", layout); }
    }

    // --- time zones -------------------------------------------------------------------------
    var readerZone;
    try { readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (error) { readerZone = null; }
    var switcher = document.querySelector(".schedule-zone__switch");
    var zoneText = document.querySelector(".schedule-zone__current");

    function showTimes(zone) {
        var format = new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
        document.querySelectorAll("time.js-time").forEach(function (element) {
            if (!element.hasAttribute("data-event-text")) {
                element.setAttribute("data-event-text", element.textContent);
            }
            element.textContent = zone === eventZone ? element.getAttribute("data-event-text")
                : format.format(new Date(element.getAttribute("datetime")));
        });
    }

    function useZone(reader) {
        var zone = reader ? readerZone : eventZone;
        showTimes(zone);
        if (switcher) {
            switcher.setAttribute("aria-pressed", reader ? "true" : "false");
            switcher.textContent = switcher.getAttribute(reader ? "data-to-event" : "data-to-reader");
        }
        if (zoneText) {
            zoneText.textContent = reader
                ? zoneText.getAttribute("data-reader-label").replace("%(zone)s", readerZone.replace(/_/g, " "))
                : zoneText.getAttribute("data-event-label");
        }
        write(zoneKey, reader ? "reader" : "event");
    }

    if (readerZone && readerZone !== eventZone) {
        if (switcher) {
            switcher.hidden = false;
            switcher.addEventListener("click", function () {
                useZone(switcher.getAttribute("aria-pressed") !== "true");
            });
        }
        if (read(zoneKey, "event") === "reader") { useZone(true); }
    }

    // --- now and next -----------------------------------------------------------------------
    function markNow() {
        var now = Date.now();
        var items = Array.prototype.slice.call(document.querySelectorAll(".session-item[data-start]"));
        var upcoming = items.filter(function (item) {
            return !item.classList.contains("is-cancelled") && Date.parse(item.getAttribute("data-start")) > now;
        }).map(function (item) { return Date.parse(item.getAttribute("data-start")); });
        var next = upcoming.length ? Math.min.apply(null, upcoming) : null;
        items.forEach(function (item) {
            var start = Date.parse(item.getAttribute("data-start"));
            var end = Date.parse(item.getAttribute("data-end"));
            var cancelled = item.classList.contains("is-cancelled");
            item.classList.toggle("is-now", !cancelled && start <= now && now < end);
            item.classList.toggle("is-next", !cancelled && start === next);
            item.classList.toggle("is-past", !cancelled && end <= now);
        });
    }
    if (document.querySelector(".session-item[data-start]")) {
        markNow();
        window.setInterval(markNow, 60000);
    }

    // --- my agenda --------------------------------------------------------------------------
    var agenda = document.getElementById("my-agenda");
    var toggles = document.querySelectorAll(".agenda-toggle[data-session]");
    if (!toggles.length) { return; }
    var chosen = read(storageKey, []).filter(function (id) { return /^\d{1,12}$/.test(String(id)); }).map(String);

    function save() { write(storageKey, chosen); }

    function titleOf(id) {
        var heading = document.getElementById("session-" + id + "-title");
        return heading ? heading.textContent.trim() : document.title;
    }

    function renderAgenda(announce) {
        toggles.forEach(function (button) {
            var on = chosen.indexOf(button.getAttribute("data-session")) !== -1;
            button.setAttribute("aria-pressed", on ? "true" : "false");
            button.classList.toggle("is-on", on);
        });
        document.querySelectorAll(".session-item[data-session]").forEach(function (item) {
            item.classList.toggle("is-starred", chosen.indexOf(item.getAttribute("data-session")) !== -1);
        });
        if (!agenda) { return; }
        var status = agenda.querySelector(".agenda__status");
        var list = agenda.querySelector(".agenda__list");
        var actions = agenda.querySelector(".agenda__actions");
        var known = chosen.filter(function (id) { return document.getElementById("session-" + id); });
        list.textContent = "";
        known.forEach(function (id) {
            var entry = document.createElement("li");
            var link = document.createElement("a");
            link.href = "#session-" + id;
            link.textContent = titleOf(id);
            var when = document.querySelector("#session-" + id + " .session-item__time time");
            entry.appendChild(link);
            if (when) { entry.appendChild(document.createTextNode(" · " + when.textContent)); }
            list.appendChild(entry);
        });
        var text = chosen.length === 0 ? status.getAttribute("data-empty")
            : chosen.length === 1 ? status.getAttribute("data-count-one")
                : status.getAttribute("data-count-many").replace("%(count)s", chosen.length);
        if (announce || status.textContent !== text) { status.textContent = text; }
        actions.hidden = chosen.length === 0;
        var address = root.getAttribute("data-agenda-url") + "?sessions=" + chosen.join(",");
        var absolute = new URL(address, window.location.href);
        agenda.querySelector(".agenda__download").href = absolute.href;
        agenda.querySelector(".agenda__subscribe").href = absolute.href.replace(/^https?:/, "webcal:");
        applyOnly();
    }

    function applyOnly() {
        if (!agenda) { return; }
        var only = agenda.querySelector(".agenda__only-input").checked;
        document.querySelectorAll(".session-item[data-session]").forEach(function (item) {
            item.hidden = only && chosen.indexOf(item.getAttribute("data-session")) === -1;
        });
    }

    toggles.forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var id = button.getAttribute("data-session");
            var position = chosen.indexOf(id);
            if (position === -1) { chosen.push(id); } else { chosen.splice(position, 1); }
            save();
            renderAgenda(true);
        });
    });

    if (agenda) {
        agenda.hidden = false;
        agenda.querySelector(".agenda__only-input").addEventListener("change", applyOnly);
        agenda.querySelector(".agenda__clear").addEventListener("click", function () {
            chosen = [];
            save();
            renderAgenda(true);
        });
    }
    // Another tab changed the agenda: show it here too.
    window.addEventListener("storage", function (event) {
        if (event.key === storageKey) {
            chosen = read(storageKey, []).map(String);
            renderAgenda(false);
        }
    });
    renderAgenda(false);
})();
