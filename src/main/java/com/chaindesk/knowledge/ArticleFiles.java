package com.chaindesk.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.chaindesk.platform.InvalidInput;
import com.chaindesk.ticket.AttachmentPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Images and attachments of articles in {@code knowledge.article_file}. Images are photos and screenshots (JPEG, PNG,
 * WebP) of at most {@code chaindesk.knowledge.max-image-bytes} (default 2 MB, they load on a store's phone);
 * attachments take what a ticket takes (also PDF and plain text) up to {@code chaindesk.knowledge.max-attachment-bytes}
 * (10 MB). The type is read from the file's first bytes, not from what the uploader claims.
 */
@Repository
class ArticleFiles {

	private final JdbcClient jdbc;
	private final long maxImage;
	private final long maxAttachment;

	ArticleFiles(JdbcClient jdbc, @Value("${chaindesk.knowledge.max-image-bytes:2097152}") long maxImage,
			@Value("${chaindesk.knowledge.max-attachment-bytes:10485760}") long maxAttachment) {
		this.jdbc = jdbc;
		this.maxImage = maxImage;
		this.maxAttachment = maxAttachment;
	}

	ArticleFileRef add(long articleId, String purpose, String filename, String claimedType, byte[] content, String by,
			Instant now) {
		String kind = purpose == null ? "ATTACHMENT" : purpose.strip().toUpperCase(java.util.Locale.ROOT);
		if (!kind.equals("IMAGE") && !kind.equals("ATTACHMENT")) {
			throw new InvalidInput("purpose", "IMAGE or ATTACHMENT");
		}
		String field = kind.equals("IMAGE") ? "image" : "file";
		if (content == null || content.length == 0) {
			throw new InvalidInput(field, "the file is empty");
		}
		long limit = kind.equals("IMAGE") ? maxImage : maxAttachment;
		if (content.length > limit) {
			throw new FileRefused(FileRefused.Reason.TOO_LARGE, field,
					"The file is " + content.length / 1024 + " KB; at most " + limit / 1024 + " KB.");
		}
		String type = AttachmentPolicy.detect(content, claimedType)
				.filter(t -> !kind.equals("IMAGE") || t.startsWith("image/"))
				.filter(t -> kind.equals("IMAGE") || t.startsWith("image/") || t.equals("application/pdf") || t.equals("text/plain"))
				.orElseThrow(() -> new FileRefused(FileRefused.Reason.UNSUPPORTED_TYPE, field, kind.equals("IMAGE")
						? "An image must be a JPEG, PNG or WebP picture."
						: "Attach a picture (JPEG, PNG, WebP), a PDF or a plain text file."));
		String name = filename == null || filename.isBlank() ? "file" : filename.strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		long id = jdbc.sql("""
				insert into knowledge.article_file (article_id, purpose, filename, media_type, size, content, added_by, added_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""").params(articleId, kind, name, type, content.length, content, by, Articles.ts(now)).query(Long.class).single();
		return new ArticleFileRef(id, articleId, kind, name, type, content.length);
	}

	List<ArticleFileRef> of(long articleId) {
		return jdbc.sql("select id, article_id, purpose, filename, media_type, size from knowledge.article_file where article_id = ? order by id")
				.param(articleId).query((rs, n) -> new ArticleFileRef(rs.getLong("id"), rs.getLong("article_id"),
						rs.getString("purpose"), rs.getString("filename"), rs.getString("media_type"), rs.getInt("size")))
				.list();
	}

	Optional<ArticleFile> find(long id) {
		return jdbc.sql("select * from knowledge.article_file where id = ?").param(id)
				.query((rs, n) -> new ArticleFile(new ArticleFileRef(rs.getLong("id"), rs.getLong("article_id"),
						rs.getString("purpose"), rs.getString("filename"), rs.getString("media_type"), rs.getInt("size")),
						rs.getBytes("content")))
				.optional();
	}
}
