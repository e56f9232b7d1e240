package eu.jdservices.caso.console;

import eu.jdservices.caso.notifications.Notifications;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The console bar's bell: the signed-in agent's unread notifications. */
@Component("bell")
class Bell {

	private final Notifications notifications;

	Bell(Notifications notifications) {
		this.notifications = notifications;
	}

	public long unread() {
		Authentication agent = SecurityContextHolder.getContext().getAuthentication();
		if (agent == null || agent instanceof AnonymousAuthenticationToken || !agent.isAuthenticated()) {
			return 0;
		}
		return this.notifications.unread(agent.getName());
	}

}
