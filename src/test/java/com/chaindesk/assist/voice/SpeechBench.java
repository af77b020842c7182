package com.chaindesk.assist.voice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The speech figure (bench/speech.sh): synthesized voice notes through the offline recogniser with the chain's
 * grammar; the share whose category is right, and the share of unrelated notes rejected. Baselines in the same run:
 * the same grammar without its garbage branch (every note is forced into some phrase), and chance.
 * Usage: SpeechBench [word insertion penalties, comma separated; default 3e-5, the application's default]
 */
public final class SpeechBench {

	private SpeechBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> penalties = List.of((args.length > 0 ? args[0] : "3e-5").split(","));
		Path dir = Files.createTempDirectory("speech-bench");
		List<SynthesizedNote> matching = ChainVoiceNotes.matching();
		List<SynthesizedNote> unrelated = ChainVoiceNotes.unrelated();
		List<Path> matchingWavs = new ArrayList<>();
		for (SynthesizedNote note : matching) {
			matchingWavs.add(note.wav(dir));
		}
		List<Path> unrelatedWavs = new ArrayList<>();
		for (SynthesizedNote note : unrelated) {
			unrelatedWavs.add(note.wav(dir));
		}
		unrelatedWavs.add(SynthesizedNote.whiteNoise(dir, 3));
		var vocabulary = ChainVoiceNotes.vocabulary();
		long categories = vocabulary.stream().map(SpokenPhrase::category).filter(Objects::nonNull).distinct().count();
		System.out.printf("%d matching notes, %d unrelated notes (incl. white noise), grammar of %d phrases%n%n",
				matching.size(), unrelatedWavs.size(), vocabulary.size());
		for (String wip : penalties) {
			run("ours (garbage branch, -wip " + wip + ")", engine(vocabulary, wip, true), matching, matchingWavs, unrelatedWavs, true);
		}
		run("baseline: same grammar without the garbage branch (-wip " + penalties.getFirst() + ")",
				engine(vocabulary, penalties.getFirst(), false), matching, matchingWavs, unrelatedWavs, false);
		System.out.println(String.format(Locale.ROOT, "baseline: chance over the grammar's %d categories = %.1f %%",
				categories, 100.0 / categories));
		for (Path p : Files.list(dir).toList()) {
			Files.delete(p);
		}
		Files.delete(dir);
	}

	static PocketsphinxEngine engine(List<SpokenPhrase> vocabulary, String wip, boolean garbage) {
		return new PocketsphinxEngine(() -> vocabulary, new PocketsphinxEngine.Setup("pocketsphinx_continuous",
				Path.of("/usr/share/pocketsphinx/model/en-us/en-us"), wip, Duration.ofSeconds(60), garbage,
				List.of(System.getenv().getOrDefault("SPEECH_ARGS", "").split("\\s+")).stream().filter(a -> !a.isBlank()).toList()));
	}

	private static void run(String label, PocketsphinxEngine engine, List<SynthesizedNote> matching, List<Path> wavs,
			List<Path> unrelated, boolean verbose) {
		int right = 0;
		int textRight = 0;
		long started = System.nanoTime();
		System.out.println(label);
		for (int i = 0; i < matching.size(); i++) {
			SynthesizedNote note = matching.get(i);
			Optional<HeardPhrases> heard = engine.hear(wavs.get(i));
			String category = heard.map(HeardPhrases::category).orElse(null);
			String text = heard.map(HeardPhrases::text).orElse("(rejected)");
			boolean ok = note.category().equals(category);
			right += ok ? 1 : 0;
			textRight += note.said().equals(text) ? 1 : 0;
			if (verbose) {
				System.out.printf("  %-4s %-30s %-22s heard %-26s -> %s%n", ok ? "ok" : "MISS", note.name(), note.category(),
						text, category);
			}
		}
		int rejected = 0;
		for (Path wav : unrelated) {
			Optional<HeardPhrases> heard = engine.hear(wav);
			rejected += heard.isEmpty() ? 1 : 0;
			if (verbose) {
				System.out.printf("  %-4s %-30s heard %s%n", heard.isEmpty() ? "ok" : "FALSE", wav.getFileName(),
						heard.map(HeardPhrases::text).orElse("(rejected)"));
			}
		}
		long ms = (System.nanoTime() - started) / 1_000_000 / (matching.size() + unrelated.size());
		System.out.println(String.format(Locale.ROOT,
				"  category right: %d/%d = %.1f %% (goal >= 80 %%); words exactly right: %d/%d; unrelated notes rejected: %d/%d = %.1f %%; %d ms per note%n",
				right, matching.size(), 100.0 * right / matching.size(), textRight, matching.size(), rejected,
				unrelated.size(), 100.0 * rejected / unrelated.size(), ms));
	}
}
