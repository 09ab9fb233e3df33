// Streams the assistant's answer (server-sent events from /api/v1/ask/stream) into the page.
// Without JavaScript the form posts and the server renders the finished answer.
(function () {
    "use strict";
    var form = document.getElementById("ask-form");
    var area = document.getElementById("answer-area");
    if (!form || !area || !window.fetch || !window.TextDecoder) { return; }

    function el(tag, attrs, text) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
        if (text !== undefined) { node.textContent = text; }
        return node;
    }

    // Whom to call now (109, 112 or 119), in the page's language; the same card as the intake's confirmation.
    function emergencyCard(advice) {
        var d = form.dataset;
        var card = el("div", { "class": "card emergency", role: "alert", id: "emergency-advice" });
        var call = el("p", { "class": "emergency-call" });
        var strong = el("strong", {}, d.callNow + ": ");
        strong.appendChild(el("a", { href: "tel:" + advice.call }, advice.call));
        call.appendChild(strong);
        card.appendChild(call);
        card.appendChild(el("p", {}, d["call" + advice.call] || advice.message));
        return card;
    }

    function render(view, note) {
        var d = form.dataset;
        var alone = view.refused && !!view.emergency; // under a call card, a refusal does not send the reader to 120
        var section = el("section", { "class": "card" + (view.refused && !alone ? " errors" : ""), "aria-labelledby": "answer-heading" });
        section.appendChild(el("h2", { id: "answer-heading" }, view.refused ? d.headingRefused : d.headingAnswer));
        var text = !view.refused ? view.answer : alone ? d.noGuide
            : view.department ? d.refusalDepartment.replace("{0}", view.department) : d.refusal; // in the page's language
        section.appendChild(el("p", { id: "answer", "class": "bodytext" }, text));
        if (note) { section.appendChild(el("p", { id: "answer-note", "class": "hint" }, note)); }
        if (view.refused && !alone && view.department) { section.appendChild(el("p", {}, d.department + ": " + view.department)); }
        if (view.citations && view.citations.length) {
            section.appendChild(el("h3", {}, d.sources));
            var list = el("ol", { id: "citations" });
            view.citations.forEach(function (c) {
                var item = el("li", { value: String(c.number) });
                item.appendChild(el("strong", {}, c.title));
                item.appendChild(document.createTextNode(" › " + c.section));
                item.appendChild(el("br"));
                item.appendChild(el("span", { "class": "hint" }, c.snippet));
                list.appendChild(item);
            });
            section.appendChild(list);
        }
        if (view.emergency) { area.replaceChildren(emergencyCard(view.emergency), section); }
        else { area.replaceChildren(section); }
    }

    function handle(event, data, draft) {
        var payload = JSON.parse(data);
        if (event === "emergency") {
            area.insertBefore(emergencyCard(payload), area.firstChild);
        } else if (event === "delta") {
            draft.textContent += payload.text;
        } else if (event === "answer") {
            var d = form.dataset;
            render(payload, payload.generated ? d.generated : (payload.fallback ? d.fallback : null));
        }
    }

    form.addEventListener("submit", function (e) {
        var question = form.querySelector("#Question").value.trim();
        if (!question) { return; }
        e.preventDefault();
        var button = form.querySelector("button[type=submit]");
        button.disabled = true;
        var section = el("section", { "class": "card", "aria-busy": "true" });
        section.appendChild(el("h2", { id: "answer-heading" }, form.dataset.writing));
        var draft = el("p", { id: "answer-draft", "class": "bodytext" }, "");
        section.appendChild(draft);
        area.replaceChildren(section);
        fetch(form.dataset.stream, {
            method: "POST",
            headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
            body: JSON.stringify({ question: question, domain: form.querySelector("#Domain").value || null })
        }).then(function (response) {
            if (!response.ok || !response.body) { throw new Error("HTTP " + response.status); }
            var reader = response.body.getReader();
            var decoder = new TextDecoder();
            var buffer = "";
            function pump() {
                return reader.read().then(function (r) {
                    buffer += decoder.decode(r.value || new Uint8Array(), { stream: !r.done });
                    var blocks = buffer.split("\n\n");
                    buffer = r.done ? "" : blocks.pop();
                    blocks.forEach(function (block) {
                        var ev = "message", data = [];
                        block.split("\n").forEach(function (line) {
                            if (line.indexOf("event:") === 0) { ev = line.slice(6).trim(); }
                            else if (line.indexOf("data:") === 0) { data.push(line.slice(5).replace(/^ /, "")); }
                        });
                        if (data.length) { handle(ev, data.join("\n"), draft); }
                    });
                    return r.done ? null : pump();
                });
            }
            return pump();
        }).catch(function () {
            form.submit(); // the server-rendered answer never depends on the stream
        }).finally(function () { button.disabled = false; });
    });
})();
