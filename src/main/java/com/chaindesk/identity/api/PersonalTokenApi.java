package com.chaindesk.identity.api;

import java.time.Instant;
import java.util.List;

import com.chaindesk.identity.security.ApiTokens;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own personal tokens, for integrations: list, make one (its secret is in the answer only), revoke.
 */
@RestController
@RequestMapping("/api/v1/auth/tokens")
class PersonalTokenApi {

	record NewToken(@NotBlank @Size(max = ApiTokens.MAX_NAME_LENGTH) String name,
			@NotNull @Min(1) @Max(ApiTokens.MAX_VALID_DAYS) Integer validDays, Boolean readOnly) {
	}

	record Created(long id, String token, Instant expiresAt) {
	}

	record TokenRow(long id, String name, String prefix, boolean readOnly, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt, ApiTokens.Status status) {
	}

	private final ApiTokens tokens;

	PersonalTokenApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	List<TokenRow> mine() {
		Instant now = Instant.now();
		return tokens.personalTokens(me().userId()).stream()
				.map(t -> new TokenRow(t.id(), t.name(), t.prefix(), t.readOnly(), t.createdAt(), t.expiresAt(),
						t.lastUsedAt(), t.revokedAt(), t.status(now)))
				.toList();
	}

	@PostMapping
	ResponseEntity<Created> create(@Valid @RequestBody NewToken request) {
		ApiTokens.IssuedToken issued = tokens.issuePersonal(me(), request.name(), request.validDays(),
				Boolean.TRUE.equals(request.readOnly()));
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(issued.id(), issued.token(), issued.expiresAt()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		tokens.revoke(me(), id);
		return ResponseEntity.noContent().build();
	}

	private static Actor me() {
		return CurrentActor.find().orElseThrow();
	}
}
