package com.chaindesk.ticket;

import java.nio.charset.StandardCharsets;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos, voice notes and documents on a ticket: the real type is read from the bytes, 10 MB at most. */
@ChainDeskTest
class TicketAttachmentTests {

	/** A 1×1 transparent PNG. */
	static final byte[] PNG = java.util.Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Test
	void aPhotoIsAcceptedAndDownloadedAsItWasSent() {
		ApiCaller staff1 = ApiCaller.as(port, "staff1");
		long store = TicketFixtures.storeId(ApiCaller.as(port, "admin"), TicketFixtures.FIRST_STORE);
		long id = TicketFixtures.open(staff1, store).get("id").asLong();
		String token = TicketFixtures.token(port, "staff1");
		ApiCaller.Reply reply = TicketFixtures.upload(port, token, id, "printer.png", "image/png", PNG);
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("mediaType").asString()).isEqualTo("image/png");
		long attachment = reply.json().get("id").asLong();
		ApiCaller.Reply download = staff1.get("/api/v1/tickets/" + id + "/attachments/" + attachment);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("image/png");
		assertThat(staff1.get("/api/v1/tickets/" + id).json().get("attachments").size()).isEqualTo(1);
		assertThat(ApiCaller.as(port, "manager2").get("/api/v1/tickets/" + id + "/attachments/" + attachment).status())
				.isEqualTo(404);
	}

	@Test
	void aProgramDressedAsAPhotoIs415AndTooLargeIs413() {
		ApiCaller staff1 = ApiCaller.as(port, "staff1");
		long store = TicketFixtures.storeId(ApiCaller.as(port, "admin"), TicketFixtures.FIRST_STORE);
		long id = TicketFixtures.open(staff1, store).get("id").asLong();
		String token = TicketFixtures.token(port, "staff1");

		byte[] program = "MZ\u0090\u0000\u0003 this is not a photo".getBytes(StandardCharsets.ISO_8859_1);
		ApiCaller.Reply forbidden = TicketFixtures.upload(port, token, id, "photo.png", "image/png", program);
		assertThat(forbidden.status()).isEqualTo(415);
		assertThat(forbidden.json().get("detail").asString()).contains("JPEG");

		byte[] big = new byte[(int) AttachmentPolicy.MAX_BYTES + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		ApiCaller.Reply tooLarge = TicketFixtures.upload(port, token, id, "big.png", "image/png", big);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("detail").asString()).contains("10 MB");

		ApiCaller.Reply text = TicketFixtures.upload(port, token, id, "log.txt", "text/plain",
				"打印机日志 error 42".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(201);
		assertThat(staff1.get("/api/v1/tickets/" + id).json().get("attachments").size()).isEqualTo(1);
	}
}
