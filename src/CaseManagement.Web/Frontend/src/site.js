// Progressive enhancement only: every page works without this file.

// <button data-confirm="本当に削除しますか？">: ask before the click goes through.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-confirm]') : null;
  if (target && !window.confirm(target.getAttribute('data-confirm') || '')) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// <form data-confirm="送信しますか？">: ask before the form is sent (registered before the handler below).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.hasAttribute('data-confirm')
      && !window.confirm(form.getAttribute('data-confirm') || '')) {
    event.preventDefault();
  }
});

// A form submits once: after the first submit its submit buttons are disabled (no double posts).
// The buttons are disabled only after the browser has built the form data, so the clicked button's
// name/value is still sent.
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
