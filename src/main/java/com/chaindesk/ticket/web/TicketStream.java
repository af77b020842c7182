package com.chaindesk.ticket.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.ticket.TicketAccess;
import com.chaindesk.ticket.TicketSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live ticket changes as server-sent events, for open lists: every instance hears every change (cluster signals) and
 * passes it on to its own subscribers whose scope covers the ticket. Events carry only the ticket id; the page then
 * fetches its rows again through the ordinary, scope-checked read. A subscriber that went away is dropped quietly.
 */
@Controller
class TicketStream implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TicketStream.class);

	private final TicketAccess access;
	private final Duration timeout;
	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
	private volatile boolean running;

	TicketStream(TicketAccess access, TicketSignals signals,
			@Value("${chaindesk.ticket.stream-timeout:PT30M}") Duration timeout) {
		this.access = access;
		this.timeout = timeout;
		// Sent from a thread of its own: a slow browser must not hold up the cluster-signals thread (caches wait on it).
		signals.listen(change -> Thread.ofVirtual().name("ticket-stream-relay").start(() -> relay(change)));
	}

	/** The page's stream (session) and the same for API clients (bearer token). */
	@GetMapping(path = { "/tickets/stream", "/api/v1/tickets/stream" }, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter subscribe() throws IOException {
		SseEmitter emitter = new SseEmitter(timeout.toMillis());
		Subscriber subscriber = new Subscriber(CurrentActor.get(), emitter);
		subscribers.add(subscriber);
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> {
			subscribers.remove(subscriber);
			emitter.complete();
		});
		emitter.onError(e -> subscribers.remove(subscriber));
		// Says the stream is open (a client may wait for it before it changes anything), and sets the retry delay.
		emitter.send(SseEmitter.event().name("ready").data("").reconnectTime(5000));
		return emitter;
	}

	/**
	 * Ends every open stream when the instance shuts down, before the web server's graceful shutdown starts waiting
	 * for open requests (this stops first: highest phase); browsers reconnect to another instance.
	 */
	@Override
	public void stop() {
		running = false;
		for (Subscriber subscriber : subscribers) {
			subscribers.remove(subscriber);
			try {
				subscriber.emitter().complete();
			}
			catch (IllegalStateException alreadyDone) {
				// finished meanwhile
			}
		}
	}

	private void relay(Optional<TicketSignals.Change> change) {
		for (Subscriber subscriber : subscribers) {
			if (change.isEmpty() || covers(subscriber.actor(), change.get())) {
				send(subscriber, change.map(c -> String.valueOf(c.ticketId())).orElse(""));
			}
		}
	}

	private boolean covers(Actor actor, TicketSignals.Change c) {
		return access.sees(actor, c.storeId(), c.regionId(), c.vendorId())
				|| c.previousVendor() != null && access.sees(actor, c.storeId(), c.regionId(), c.previousVendor());
	}

	private void send(Subscriber subscriber, String ticketId) {
		try {
			subscriber.emitter().send(SseEmitter.event().name("ticket").data(ticketId));
		}
		catch (IOException | IllegalStateException e) {
			// The browser went away (closed tab, network): normal for a long-lived stream, not worth a warning.
			log.debug("Dropping a ticket stream subscriber: {}", e.getMessage());
			subscribers.remove(subscriber);
			try {
				subscriber.emitter().complete();
			}
			catch (IllegalStateException alreadyDone) {
				// completed by the container meanwhile
			}
		}
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	private record Subscriber(Actor actor, SseEmitter emitter) {
	}
}
