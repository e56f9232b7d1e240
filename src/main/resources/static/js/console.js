// Every page of the console updates in place: htmx "boosts" its links and forms (a partial update of the page
// instead of a full load); without JavaScript they work as plain links and forms.
// On a case, the composer's draft is kept in this browser (per case) until it is sent, and the view asks the
// server every few seconds whether a message arrived and who else is on the case; the bell asks for the
// agent's unread notifications.
(function () {
	'use strict';

	var POLL_MS = 3000;
	var TYPING_MS = 10000;
	var BELL_MS = 5000;
	var lastInput = 0;

	function caseView() {
		return document.querySelector('main.case-view');
	}

	function draftKey(main) {
		return 'caso-draft-' + main.getAttribute('data-case');
	}

	function bindComposer() {
		var main = caseView();
		if (!main) {
			return;
		}
		var text = document.getElementById('text-reply');
		var form = document.getElementById('action-reply');
		if (!text || !form || text.hasAttribute('data-draft')) {
			return;
		}
		text.setAttribute('data-draft', 'bound');
		var kept = null;
		try {
			kept = window.localStorage.getItem(draftKey(main));
		}
		catch (e) {
			kept = null;
		}
		if (kept && !text.value) {
			text.value = kept;
			var note = document.getElementById('draft-note');
			if (note) {
				note.hidden = false;
			}
		}
		text.addEventListener('input', function () {
			// the agent starts writing: tell the others now, not at the next poll
			var started = !typing();
			lastInput = Date.now();
			if (started) {
				poll();
			}
			try {
				window.localStorage.setItem(draftKey(main), text.value);
			}
			catch (e) {
				// no storage: the draft lives only in the page
			}
		});
		form.addEventListener('submit', function (event) {
			var submitter = event.submitter;
			var inserting = submitter && /insert-/.test(submitter.getAttribute('formaction') || '');
			if (!inserting) {
				try {
					window.localStorage.removeItem(draftKey(main));
				}
				catch (e) {
					// nothing kept
				}
			}
		});
	}

	function typing() {
		var text = document.getElementById('text-reply');
		return !!text && text.value.trim() !== '' && Date.now() - lastInput < TYPING_MS;
	}

	function showViewers(viewers) {
		var box = document.getElementById('collision');
		if (!box) {
			return;
		}
		if (!viewers.length) {
			box.hidden = true;
			box.textContent = '';
			return;
		}
		box.textContent = viewers.map(function (viewer) {
			return box.getAttribute(viewer.typing ? 'data-typing' : 'data-viewing').replace('{0}', viewer.name);
		}).join(' ');
		box.hidden = false;
	}

	function refreshThread(main, latest) {
		return fetch(window.location.pathname, { credentials: 'same-origin' }).then(function (answer) {
			return answer.ok ? answer.text() : null;
		}).then(function (html) {
			if (!html || caseView() !== main) {
				return;
			}
			var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('thread');
			var thread = document.getElementById('thread');
			if (fresh && thread) {
				thread.innerHTML = fresh.innerHTML;
				main.setAttribute('data-shown', String(latest));
				var news = document.getElementById('live-news');
				if (news) {
					news.textContent = news.getAttribute('data-text');
				}
			}
		});
	}

	function poll() {
		var main = caseView();
		if (!main || document.hidden) {
			return;
		}
		var number = main.getAttribute('data-case');
		var shown = Number(main.getAttribute('data-shown') || main.getAttribute('data-seen') || 0);
		fetch('/cases/' + number + '/live?typing=' + typing(), {
			credentials: 'same-origin',
			headers: { 'Accept': 'application/json' }
		}).then(function (answer) {
			return answer.ok ? answer.json() : null;
		}).then(function (live) {
			if (!live || caseView() !== main) {
				return;
			}
			showViewers(live.viewers || []);
			if (live.latest > shown) {
				return refreshThread(main, live.latest);
			}
		}).catch(function () {
			// the next poll tries again
		});
	}

	function pollBell() {
		var bell = document.getElementById('bell');
		if (!bell || document.hidden) {
			return;
		}
		fetch('/notifications/count', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (answer) {
				return answer.ok ? answer.json() : null;
			}).then(function (count) {
				var badge = document.getElementById('bell-count');
				if (!count || !badge) {
					return;
				}
				badge.textContent = String(count.unread);
				badge.hidden = count.unread === 0;
				bell.setAttribute('aria-label', bell.getAttribute('data-label').replace('{0}', String(count.unread)));
			}).catch(function () {
				// the next poll tries again
			});
	}

	// the queue: counts, "breaching soon" and (while nothing is marked) the list refresh by themselves
	var queueTimer = null;

	function refreshQueue() {
		var main = document.querySelector('main.queue-view');
		if (!main || document.hidden) {
			return;
		}
		fetch(window.location.pathname + window.location.search, { credentials: 'same-origin' }).then(function (answer) {
			return answer.ok ? answer.text() : null;
		}).then(function (html) {
			if (!html || document.querySelector('main.queue-view') !== main) {
				return;
			}
			var fresh = new DOMParser().parseFromString(html, 'text/html');
			var live = fresh.getElementById('queue-live');
			if (live && document.getElementById('queue-live')) {
				document.getElementById('queue-live').innerHTML = live.innerHTML;
			}
			var marked = document.querySelector('#queue-table input[name=number]:checked');
			var table = fresh.getElementById('queue-table');
			var current = document.getElementById('queue-table');
			if (!marked && table && current) {
				current.innerHTML = table.innerHTML;
				rememberQueue();
			}
		}).catch(function () {
			// the next refresh tries again
		});
	}

	function bindQueue() {
		var main = document.querySelector('main.queue-view');
		if (!main) {
			return;
		}
		if (queueTimer === null) {
			queueTimer = window.setInterval(refreshQueue, Number(main.getAttribute('data-refresh')) || 10000);
		}
		var close = document.getElementById('bulk-close');
		if (close && !close.hasAttribute('data-bound')) {
			close.setAttribute('data-bound', 'true');
			close.addEventListener('click', function (event) {
				if (!window.confirm(close.getAttribute('data-confirm'))) {
					event.preventDefault();
				}
			});
		}
	}

	// keyboard shortcuts (not while writing in a field): j/k next/previous case, Enter opens the marked one,
	// r reply, n internal note, a assign to me, ? help
	var QUEUE_KEY = 'caso-queue';

	function rememberQueue() {
		var numbers = [].map.call(document.querySelectorAll('#queue-table input[name=number]'), function (box) {
			return box.value;
		});
		try {
			if (numbers.length) {
				window.sessionStorage.setItem(QUEUE_KEY, JSON.stringify(numbers));
			}
		}
		catch (e) {
			// no storage: j/k work in the queue only
		}
	}

	function writing(target) {
		return !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
	}

	function moveInQueue(step) {
		var rows = [].slice.call(document.querySelectorAll('#queue-table tbody tr'));
		if (!rows.length) {
			return;
		}
		var at = rows.findIndex(function (row) {
			return row.classList.contains('selected');
		});
		var next = Math.max(0, Math.min(rows.length - 1, at < 0 ? 0 : at + step));
		rows.forEach(function (row) {
			row.classList.remove('selected');
		});
		rows[next].classList.add('selected');
		var link = rows[next].querySelector('a[href^="/cases/"]');
		if (link) {
			link.focus();
		}
	}

	function moveInCase(main, step) {
		var numbers = [];
		try {
			numbers = JSON.parse(window.sessionStorage.getItem(QUEUE_KEY) || '[]');
		}
		catch (e) {
			numbers = [];
		}
		var at = numbers.indexOf(main.getAttribute('data-case'));
		var next = numbers[at + step];
		if (at >= 0 && next) {
			window.location.assign('/cases/' + next);
		}
	}

	function composeAs(mode) {
		var radio = document.getElementById('mode-' + mode);
		var text = document.getElementById('text-reply');
		if (radio && text) {
			radio.checked = true;
			text.focus();
		}
	}

	function assignToMe() {
		var me = document.querySelector('header.top .agent');
		var select = document.getElementById('update-assignee');
		var form = document.getElementById('action-update');
		if (!me || !select || !form) {
			return;
		}
		var email = me.textContent.trim();
		if (![].some.call(select.options, function (option) {
			return option.value === email;
		})) {
			return;
		}
		select.value = email;
		form.requestSubmit();
	}

	function toggleHelp(show) {
		var help = document.getElementById('shortcuts');
		if (help) {
			help.hidden = (show === undefined) ? !help.hidden : !show;
			if (!help.hidden) {
				document.getElementById('shortcuts-close').focus();
			}
		}
	}

	document.addEventListener('keydown', function (event) {
		if (event.ctrlKey || event.metaKey || event.altKey || writing(event.target)) {
			return;
		}
		var queue = document.querySelector('main.queue-view');
		var main = caseView();
		switch (event.key) {
			case 'j':
			case 'k':
				if (queue) {
					moveInQueue(event.key === 'j' ? 1 : -1);
				}
				else if (main) {
					moveInCase(main, event.key === 'j' ? 1 : -1);
				}
				break;
			case 'r':
				composeAs('reply');
				break;
			case 'n':
				composeAs('note');
				break;
			case 'a':
				assignToMe();
				break;
			case '?':
				toggleHelp();
				break;
			case 'Escape':
				toggleHelp(false);
				return;
			default:
				return;
		}
		event.preventDefault();
	});

	document.addEventListener('click', function (event) {
		if (event.target.closest('#shortcuts-open')) {
			toggleHelp();
		}
		else if (event.target.closest('#shortcuts-close')) {
			toggleHelp(false);
		}
	});

	function start() {
		rememberQueue();
		bindQueue();
		pollBell();
		bindComposer();
		if (caseView()) {
			poll();
		}
	}

	// hx-boost is set as soon as this deferred script runs, before htmx starts on DOMContentLoaded: set later,
	// htmx would already have processed the page's forms without it and leave them unboosted
	document.body.setAttribute('hx-boost', 'true');
	if (window.htmx && document.readyState === 'complete') {
		window.htmx.process(document.body);
	}
	document.addEventListener('DOMContentLoaded', function () {
		start();
		window.setInterval(poll, POLL_MS);
		window.setInterval(pollBell, BELL_MS);
	});
	document.addEventListener('htmx:afterSettle', start);
})();
