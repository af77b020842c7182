package com.chaindesk.assist.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.PhotoReader;
import com.chaindesk.assist.PhotoReading;
import org.springframework.stereotype.Component;

// TEMPORARY: removed when branches merge (the media helper's PhotoReader replaces it).
/**
 * Stands in for the media helper's OCR photo reader in this worktree: refuses what is not an image, and "reads" the
 * error screens {@link DraftMedia} drew by what it wrote into them. Error codes are found as the contract says.
 */
@Component
class WorktreeStandInPhotoReader implements PhotoReader {

	@Override
	public PhotoReading read(MediaUpload image) {
		try {
			if (ImageIO.read(new ByteArrayInputStream(image.bytes())) == null) {
				throw new MediaRejected(image.field(), MediaRejected.Reason.UNSUPPORTED, "not an image");
			}
		}
		catch (IOException e) {
			throw new MediaRejected(image.field(), MediaRejected.Reason.CORRUPT, "unreadable image");
		}
		if (DraftMedia.ocrBroken) {
			return new PhotoReading("", List.of(), List.of("OCR is not available right now (stand-in)"));
		}
		String text = DraftMedia.WRITTEN.getOrDefault(DraftMedia.sha(image.bytes()), "");
		return new PhotoReading(text, ErrorCodes.in(text), List.of());
	}
}
