package com.chaindesk.dispatch.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.chaindesk.dispatch.NewShift;
import com.chaindesk.dispatch.OnCallRota;
import com.chaindesk.dispatch.OnCallShift;
import com.chaindesk.platform.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The on-call rota: GET shifts (default: the coming week), POST a shift, DELETE one. */
@RestController
@RequestMapping("/api/v1/dispatch/on-call")
class OnCallApi {

	private final OnCallRota rota;

	OnCallApi(OnCallRota rota) {
		this.rota = rota;
	}

	@GetMapping
	List<OnCallShift> shifts(@RequestParam(required = false) Long team, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Instant start = instant(from, "from", Instant.now());
		Instant end = instant(to, "to", start.plus(Duration.ofDays(7)));
		if (!end.isAfter(start)) {
			throw new InvalidInput("to", "after from");
		}
		if (Duration.between(start, end).compareTo(Duration.ofDays(62)) > 0) {
			throw new InvalidInput("to", "at most 62 days after from");
		}
		return rota.shifts(team, start, end);
	}

	@PostMapping
	ResponseEntity<OnCallShift> add(@RequestBody NewShift shift) {
		OnCallShift added = rota.add(shift);
		return ResponseEntity.created(URI.create("/api/v1/dispatch/on-call/" + added.id())).body(added);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable long id) {
		rota.remove(id);
		return ResponseEntity.noContent().build();
	}

	private static Instant instant(String value, String field, Instant otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "a moment like 2026-11-23T12:00:00Z");
		}
	}
}
