// A form that came back with errors opens at its anchor; the error summary then takes the
// focus, so a screen reader reads the problems first and a keyboard starts from them (GOV.UK's
// pattern). HTML's autofocus cannot do this: a browser ignores it when the URL has a fragment,
// and it moves to the fragment when the page has loaded, so the focus moves after that.
(() => {
    const summary = document.querySelector(".error-summary");
    if (!summary) return;
    const focus = () => summary.focus();
    if (document.readyState === "complete") focus();
    else window.addEventListener("load", focus, { once: true });
    summary.addEventListener("click", (event) => {
        // A link to a field focuses the field itself, not only scrolls to it.
        const link = event.target.closest("a[href^='#']");
        const field = link && document.getElementById(link.hash.slice(1));
        if (field) {
            event.preventDefault();
            field.focus();
            field.scrollIntoView({ block: "center" });
        }
    });
})();
