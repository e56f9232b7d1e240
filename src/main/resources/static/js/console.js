// Every page of the console updates in place: htmx "boosts" its links and forms (a partial update of the page
// instead of a full load); without JavaScript they work as plain links and forms.
document.addEventListener('DOMContentLoaded', function () {
	document.body.setAttribute('hx-boost', 'true');
	if (window.htmx) {
		window.htmx.process(document.body);
	}
});
