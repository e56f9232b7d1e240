// Every page of the console updates in place: htmx "boosts" its links and forms (a partial update of the page
// instead of a full load); without JavaScript they work as plain links and forms.
// The attribute is set as soon as this deferred script runs, before htmx starts on DOMContentLoaded: set later,
// htmx would already have processed the page's forms without it and leave them unboosted.
document.body.setAttribute('hx-boost', 'true');
if (window.htmx && document.readyState === 'complete') {
	window.htmx.process(document.body);
}
