// The check's findings on the diagram: the element gets a red marker and an overlay with the message; the list
// under the diagram repeats them, each one selecting its element.
export function showIssues(modeler, issues, list, empty) {
  clearIssues(modeler, list);
  const registry = modeler.get('elementRegistry');
  const canvas = modeler.get('canvas');
  const overlays = modeler.get('overlays');
  const selection = modeler.get('selection');
  for (const issue of issues) {
    const element = issue.elementId && registry.get(issue.elementId);
    if (element) {
      canvas.addMarker(element, 'cm-issue');
      const badge = document.createElement('div');
      badge.className = 'cm-issue-overlay';
      badge.setAttribute('data-issue-for', issue.elementId);
      badge.textContent = issue.message;
      overlays.add(element, 'cm-issue', { position: { bottom: -6, left: 0 }, html: badge });
    }
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cm-designer__issue';
    button.textContent = `${element ? (element.businessObject.name || issue.elementId) : (issue.elementId || '')}${issue.elementId ? ': ' : ''}${issue.message}`;
    button.dataset.elementId = issue.elementId || '';
    if (element) {
      button.addEventListener('click', () => {
        canvas.scrollToElement(element);
        selection.select(element);
      });
    }
    item.appendChild(button);
    list.appendChild(item);
  }
  if (empty) empty.hidden = issues.length > 0;
}

export function clearIssues(modeler, list) {
  const registry = modeler.get('elementRegistry');
  const canvas = modeler.get('canvas');
  modeler.get('overlays').remove({ type: 'cm-issue' });
  for (const element of registry.getAll()) canvas.removeMarker(element, 'cm-issue');
  list.replaceChildren();
}
