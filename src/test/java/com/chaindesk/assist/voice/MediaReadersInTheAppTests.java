package com.chaindesk.assist.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.chaindesk.ChainDeskTest;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.PhotoReader;
import com.chaindesk.assist.PhotoReading;
import com.chaindesk.assist.VoiceNoteReader;
import com.chaindesk.assist.VoiceReading;
import com.chaindesk.assist.photo.process.ExternalProgram;
import com.chaindesk.assist.voice.SpokenPhrase.Kind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The photo and voice-note readers as the draft helper gets them from the application: the offline grammar holds the
 * demo chain's categories and open stores, and both readers work end to end.
 */
@ChainDeskTest
class MediaReadersInTheAppTests {

	@Autowired
	PhotoReader photos;

	@Autowired
	VoiceNoteReader voiceNotes;

	@Autowired
	ChainVocabulary vocabulary;

	@TempDir
	Path dir;

	@Test
	void theOfflineGrammarIsBuiltFromTheChainsCategoriesAndOpenStores() {
		List<SpokenPhrase> phrases = vocabulary.phrases();
		assertThat(phrases).contains(new SpokenPhrase("小票打印机", Kind.CATEGORY, "printer-receipt"),
				new SpokenPhrase("上海徐汇港汇店", Kind.STORE, null), new SpokenPhrase("台北信义店", Kind.STORE, null));
		assertThat(phrases).extracting(SpokenPhrase::text).as("the closed Yujiapu shop").doesNotContain("天津滨海于家堡店");
	}

	@Test
	void aVoiceNoteIsHeardWithTheAppsGrammar() throws Exception {
		for (String program : List.of("espeak-ng", "sox", "ffmpeg", "pocketsphinx_continuous")) {
			Assumptions.assumeTrue(ExternalProgram.installed(program), program + " is not installed: voice test skipped");
		}
		Path note = SynthesizedNote.mandarin("points", "ji1 fen1 wen4 ti2", "积分问题", "membership-points").wav(dir);
		VoiceReading reading = voiceNotes.read(new MediaUpload("audio", "note.wav", "audio/wav", Files.readAllBytes(note)));
		assertThat(reading.engine()).isEqualTo("pocketsphinx");
		assertThat(reading.recognized()).isTrue();
		assertThat(reading.text()).isEqualTo("积分问题");
	}

	@Test
	void aPhotoOfAnErrorScreenGivesItsCode() {
		Assumptions.assumeTrue(ExternalProgram.installed("tesseract"), "tesseract is not installed: OCR test skipped");
		var screen = com.chaindesk.assist.photo.ErrorScreens.all().getFirst();
		PhotoReading reading = photos.read(new MediaUpload("image", "pos.png", "image/png", screen.png()));
		assertThat(reading.errorCodes()).containsExactly("E-1043");
		assertThat(reading.text()).contains("交易失败");
	}
}
