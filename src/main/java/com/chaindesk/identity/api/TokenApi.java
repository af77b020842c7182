package com.chaindesk.identity.api;

import java.time.Instant;

import com.chaindesk.identity.security.PasswordSignIn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class TokenApi {

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
			@Size(max = 20) String totp) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	private final PasswordSignIn signIn;

	TokenApi(PasswordSignIn signIn) {
		this.signIn = signIn;
	}

	@PostMapping("/token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request) {
		PasswordSignIn.Result result = signIn.signIn(request.username(), request.password(), request.totp());
		if (result.refusal() != null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, result.refusal().reason());
			problem.setTitle("Sign-in refused");
			problem.setProperty("reason", result.refusal().name());
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(problem);
		}
		return ResponseEntity.ok(new TokenResponse(result.token().token(), result.token().expiresAt()));
	}
}
