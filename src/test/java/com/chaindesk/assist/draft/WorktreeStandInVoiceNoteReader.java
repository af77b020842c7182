package com.chaindesk.assist.draft;

import java.util.List;

import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.VoiceNoteReader;
import com.chaindesk.assist.VoiceReading;
import org.springframework.stereotype.Component;

// TEMPORARY: removed when branches merge (the media helper's VoiceNoteReader replaces it).
/**
 * Stands in for the media helper's speech reader in this worktree: refuses what is no WAV/MP3/AMR/WebM by its magic
 * bytes, a WAV cut short as corrupt, and "hears" the notes {@link DraftMedia} synthesised by what it said in them;
 * anything else is not recognised (never a guess).
 */
@Component
class WorktreeStandInVoiceNoteReader implements VoiceNoteReader {

	@Override
	public VoiceReading read(MediaUpload audio) {
		byte[] b = audio.bytes();
		boolean wav = b.length >= 4 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F';
		boolean mp3 = b.length >= 3 && ((b[0] == 'I' && b[1] == 'D' && b[2] == '3') || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0));
		boolean amr = b.length >= 5 && b[0] == '#' && b[1] == '!' && b[2] == 'A' && b[3] == 'M' && b[4] == 'R';
		boolean webm = b.length >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF && (b[3] & 0xFF) == 0xA3;
		if (!wav && !mp3 && !amr && !webm) {
			throw new MediaRejected(audio.field(), MediaRejected.Reason.UNSUPPORTED, "not a wav, mp3, amr or webm file");
		}
		if (wav && b.length < 44) {
			throw new MediaRejected(audio.field(), MediaRejected.Reason.CORRUPT, "the recording is cut off");
		}
		String said = DraftMedia.WRITTEN.get(DraftMedia.sha(b));
		return said == null ? new VoiceReading("", 0, false, "stand-in", List.of())
				: new VoiceReading(said, 0.9, true, "stand-in", List.of());
	}
}
