// Progressive enhancement only: every page works without this file.

// <button data-confirm="本当に削除しますか？">: ask before the click goes through.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-confirm]') : null;
  if (target && !window.confirm(target.getAttribute('data-confirm') || '')) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// A form submits once: after the first submit its submit buttons are disabled (no double posts).
// The clicked button's name/value is kept in a hidden input, because disabled buttons are not sent.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || event.defaultPrevented || form.hasAttribute('data-allow-resubmit')) {
    return;
  }
  if (form.dataset.submitted === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.submitted = 'true';
  const submitter = event.submitter;
  if (submitter && submitter.name) {
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = submitter.name;
    hidden.value = submitter.value;
    form.appendChild(hidden);
  }
  // Disable after the browser has collected the form data.
  setTimeout(() => {
    for (const button of form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]')) {
      button.disabled = true;
      button.setAttribute('aria-disabled', 'true');
    }
  }, 0);
});

// Coming back through the back/forward cache: let the form be used again.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  for (const form of document.querySelectorAll('form[data-submitted]')) {
    delete form.dataset.submitted;
    for (const button of form.querySelectorAll('[aria-disabled="true"]')) {
      button.disabled = false;
      button.removeAttribute('aria-disabled');
    }
  }
});
