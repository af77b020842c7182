package com.chaindesk.ticket;

import java.util.Objects;
import java.util.Optional;

import com.chaindesk.platform.ClusterSignals;
import org.springframework.stereotype.Component;

/**
 * Tells every instance that a ticket changed, at commit (LISTEN/NOTIFY), so each can push it to the people watching a
 * list. The payload carries only ids, never content: {@code ticket:store:region:vendor:previousVendor} (empty when
 * none); the receiving instance decides who may hear of it.
 */
@Component
public class TicketSignals {

	public static final String CHANNEL = "chaindesk_ticket";

	private final ClusterSignals signals;

	TicketSignals(ClusterSignals signals) {
		this.signals = signals;
	}

	void changed(Ticket ticket, Long previousVendor) {
		Long vendor = ticket.assignment().vendor();
		signals.send(CHANNEL, ticket.id() + ":" + ticket.storeId() + ":" + ticket.regionId() + ":" + text(vendor) + ":"
				+ (Objects.equals(previousVendor, vendor) ? "" : text(previousVendor)));
	}

	public void listen(java.util.function.Consumer<Optional<Change>> handler) {
		signals.listen(CHANNEL, payload -> handler.accept(Change.parse(payload)));
	}

	/**
	 * One ticket changed; {@code previousVendor} is set when the ticket left a vendor, which should hear of it too.
	 * An empty change (after the listening connection was lost) means: anything may have changed.
	 */
	public record Change(long ticketId, long storeId, long regionId, Long vendorId, Long previousVendor) {

		static Optional<Change> parse(String payload) {
			if (payload == null || payload.isEmpty()) {
				return Optional.empty();
			}
			String[] parts = payload.split(":", -1);
			return Optional.of(new Change(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
					id(parts[3]), id(parts[4])));
		}

		private static Long id(String text) {
			return text.isEmpty() ? null : Long.valueOf(text);
		}
	}

	private static String text(Long id) {
		return id == null ? "" : id.toString();
	}
}
