/* Search suggestions: a WAI-ARIA 1.2 combobox with a listbox popup on every input[data-suggest-url].
   Progressive enhancement only: without this file (or when a request fails) the form is a plain
   GET search form. Wording comes from the input's data-suggest-one/-many/-none, so it is translated. */
(function () {
    "use strict";

    const MIN_CHARS = 2;
    const DELAY = 200; // ms of quiet typing before asking the server

    function enhance(input, number) {
        const base = input.id || "search-suggest-" + number;
        const list = document.createElement("ul");
        list.id = base + "-listbox";
        list.className = "suggest";
        list.setAttribute("role", "listbox");
        list.hidden = true;
        const label = input.labels && input.labels[0];
        if (label) {
            if (!label.id) label.id = base + "-label";
            list.setAttribute("aria-labelledby", label.id);
        }
        const status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.parentElement.classList.add("suggest-host");
        input.after(list, status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);
        input.autocomplete = "off"; // the browser's own history list would cover ours

        let results = [];
        let active = -1;
        let timer = 0;
        let request = null;

        function announce(count) {
            const data = input.dataset;
            if (count === 0) status.textContent = data.suggestNone || "No suggestions";
            else if (count === 1) status.textContent = data.suggestOne || "1 suggestion";
            else status.textContent = (data.suggestMany || "{count} suggestions").replace("{count}", count);
        }

        function highlight(index) {
            active = index;
            Array.from(list.children).forEach(function (option, position) {
                option.setAttribute("aria-selected", String(position === index));
            });
            if (index < 0) {
                input.removeAttribute("aria-activedescendant");
            } else {
                input.setAttribute("aria-activedescendant", list.children[index].id);
                list.children[index].scrollIntoView({ block: "nearest" });
            }
        }

        function open(show) {
            list.hidden = !show;
            input.setAttribute("aria-expanded", String(show));
            if (!show) highlight(-1);
        }

        // Shows the suggestions (or none); `quiet` leaves the status region empty (query too short).
        function render(items, quiet) {
            results = items;
            list.textContent = "";
            items.forEach(function (item, position) {
                const option = document.createElement("li");
                option.id = list.id + "-" + position;
                option.className = "suggest__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                const title = document.createElement("span");
                title.className = "suggest__title";
                title.textContent = item.title;
                option.append(title);
                if (item.type) {
                    const type = document.createElement("span");
                    type.className = "suggest__type";
                    type.textContent = item.type;
                    option.append(" ", type);
                }
                list.append(option);
            });
            active = -1;
            // An answer arriving after the reader left the box does not pop up again.
            open(items.length > 0 && document.activeElement === input);
            if (quiet) status.textContent = "";
            else announce(items.length);
        }

        function go(index) {
            const url = new URL(results[index].url, window.location.href);
            if (url.protocol === "http:" || url.protocol === "https:") window.location.assign(url.href);
        }

        function fetchSuggestions() {
            const query = input.value.trim();
            if (request) request.abort(); // an answer to an older query is never shown
            if (query.length < MIN_CHARS) return render([], true);
            request = new AbortController();
            const url = new URL(input.dataset.suggestUrl, window.location.href);
            url.searchParams.set("q", query);
            fetch(url, { signal: request.signal, headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : Promise.reject(response); })
                .then(function (data) { render(Array.isArray(data.results) ? data.results : []); })
                .catch(function () { /* aborted or failed: the form still submits as usual */ });
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            if (request) request.abort();
            highlight(-1); // Enter now submits what was typed
            timer = setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            const count = results.length;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                if (list.hidden) {
                    if (!count) return fetchSuggestions();
                    open(true);
                }
                event.preventDefault();
                const step = event.key === "ArrowDown" ? 1 : -1;
                highlight(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
            } else if (event.key === "Enter" && !list.hidden && active >= 0) {
                event.preventDefault(); // go to the suggestion instead of submitting the form
                go(active);
            } else if (event.key === "Escape" && (!list.hidden || input.value)) {
                event.preventDefault(); // first Escape closes the list, the next one clears the box
                if (list.hidden) {
                    input.value = "";
                    clearTimeout(timer);
                    fetchSuggestions(); // cancels any pending answer
                } else {
                    open(false);
                }
            } else if (event.key === "Tab") {
                open(false);
            }
        });

        // Clicking elsewhere (or leaving the page) closes the list; clicking an option must not blur first.
        input.addEventListener("blur", function () { open(false); });
        list.addEventListener("mousedown", function (event) { event.preventDefault(); });
        list.addEventListener("click", function (event) {
            const option = event.target.closest("[role=option]");
            if (option) go(Array.prototype.indexOf.call(list.children, option));
        });
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
