package com.chaindesk.identity.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes as authenticator apps make them: SHA-1, 6 digits, 30 seconds. A code from the step before or
 * after is accepted, for phones whose clocks drift a little.
 */
@Component
public class TotpCodes {

	private static final Duration STEP = Duration.ofSeconds(30);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);

	/** A new secret, Base32 as authenticator apps take it. */
	public String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	public String enrolmentUri(String secret, String username) {
		String label = URLEncoder.encode("ChainDesk:" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=ChainDesk&algorithm=SHA1&digits=6&period=30";
	}

	/** The code for a moment: what an authenticator app would show then. */
	public String codeAt(String secret, Instant at) {
		try {
			return String.format("%06d", generator.generateOneTimePassword(key(secret), at));
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The time step a code belongs to, if it is right for now, the step before or the step after. Callers refuse a
	 * step at or before the last one used, so that one code cannot be replayed.
	 */
	public OptionalLong matchingStep(String secret, String code, Instant now) {
		if (code == null || !code.trim().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		String wanted = code.trim();
		long step = now.getEpochSecond() / STEP.getSeconds();
		for (long candidate = step - 1; candidate <= step + 1; candidate++) {
			if (codeAt(secret, Instant.ofEpochSecond(candidate * STEP.getSeconds())).equals(wanted)) {
				return OptionalLong.of(candidate);
			}
		}
		return OptionalLong.empty();
	}

	private SecretKeySpec key(String secret) {
		return new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
	}
}
