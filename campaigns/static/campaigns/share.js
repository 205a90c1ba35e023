// The share kit's copy buttons: copy the post next to the button, and say so on the button.
// Without the Clipboard API (old browsers, plain http), the post's text is selected instead so
// that the phone's own copy menu appears.
(function () {
    "use strict";
    function copied(button) {
        var label = button.textContent;
        button.textContent = button.getAttribute("data-copied");
        button.classList.add("is-copied");
        window.setTimeout(function () {
            button.textContent = label;
            button.classList.remove("is-copied");
        }, 2500);
    }
    document.addEventListener("click", function (event) {
        var button = event.target.closest(".copy-button");
        if (!button) return;
        var text = document.getElementById(button.getAttribute("data-copy"));
        if (!text) return;
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text.value).then(function () { copied(button); }, function () {
                text.select();
            });
        } else {
            text.focus();
            text.select();
            if (document.execCommand && document.execCommand("copy")) copied(button);
        }
    });
})();
