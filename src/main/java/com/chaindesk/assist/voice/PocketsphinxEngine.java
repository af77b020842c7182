package com.chaindesk.assist.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.chaindesk.assist.EngineFailure;
import com.chaindesk.assist.SpeechEngine;
import com.chaindesk.assist.photo.process.ExternalProgram;

/**
 * Offline speech recognition with Debian's pocketsphinx 0.8 ({@code pocketsphinx_continuous}) and its US English
 * model, constrained to a grammar generated from the chain's own vocabulary (see {@link SphinxGrammar}). Runs on the
 * machine without internet; a note that matches none of the chain's phrases is answered {@code recognized=false}.
 * The grammar is regenerated when the vocabulary changes (a new category, a new store).
 */
class PocketsphinxEngine implements SpeechEngine {

	private final Supplier<List<SpokenPhrase>> vocabulary;
	private final Setup setup;
	private volatile Compiled compiled;

	/** Where the program and model are, and how eagerly it inserts words (the rejection knob, see the bench). */
	record Setup(String program, Path model, String wordInsertion, Duration timeout, boolean withGarbage,
			List<String> extraArguments) {
	}

	private record Compiled(List<SpokenPhrase> phrases, SphinxGrammar grammar, Path jsgf, Path dict) {
	}

	PocketsphinxEngine(Supplier<List<SpokenPhrase>> vocabulary, Setup setup) {
		this.vocabulary = vocabulary;
		this.setup = setup;
	}

	@Override
	public String name() {
		return "pocketsphinx";
	}

	@Override
	public Transcript transcribe(Path wav16kMono) {
		Optional<HeardPhrases> heard = hear(wav16kMono);
		return heard.map(h -> new Transcript(h.text(), 1.0, true)).orElseGet(() -> new Transcript("", 0.0, false));
	}

	/** The phrases recognised in a note, empty when it matched nothing the chain says. */
	Optional<HeardPhrases> hear(Path wav16kMono) {
		Compiled grammar = grammar();
		List<String> command = new java.util.ArrayList<>(List.of(setup.program(), "-infile", wav16kMono.toString(),
				"-hmm", setup.model().toString(), "-jsgf", grammar.jsgf().toString(), "-dict", grammar.dict().toString(),
				"-wip", setup.wordInsertion(), "-logfn", "/dev/null"));
		command.addAll(setup.extraArguments());
		var outcome = ExternalProgram.run(command, null, setup.timeout());
		if (!outcome.succeeded()) {
			throw new EngineFailure("pocketsphinx exited with " + outcome.exitCode() + ": " + outcome.stderr().strip());
		}
		String hypothesis = String.join(" ", outcome.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
		return grammar.grammar().phrasesOf(hypothesis).map(HeardPhrases::new);
	}

	private Compiled grammar() {
		List<SpokenPhrase> phrases = vocabulary.get();
		Compiled current = compiled;
		if (current != null && current.phrases().equals(phrases)) {
			return current;
		}
		synchronized (this) {
			if (compiled != null && compiled.phrases().equals(phrases)) {
				return compiled;
			}
			if (!Files.isDirectory(setup.model())) {
				throw new ExternalProgram.Missing("the pocketsphinx model " + setup.model(), null);
			}
			SphinxGrammar grammar = SphinxGrammar.of(phrases, new PinyinPhones(englishWords()), setup.withGarbage());
			try {
				Path dir = Files.createTempDirectory("chaindesk-grammar");
				dir.toFile().deleteOnExit();
				Path jsgf = Files.writeString(dir.resolve("chaindesk.gram"), grammar.jsgf(), StandardCharsets.US_ASCII);
				Path dict = Files.writeString(dir.resolve("chaindesk.dict"), grammar.dictionary(), StandardCharsets.US_ASCII);
				jsgf.toFile().deleteOnExit();
				dict.toFile().deleteOnExit();
				Compiled previous = compiled;
				compiled = new Compiled(phrases, grammar, jsgf, dict);
				if (previous != null) {
					// A note still being heard with the old grammar keeps its open files; the names go now.
					Files.deleteIfExists(previous.jsgf());
					Files.deleteIfExists(previous.dict());
					Files.deleteIfExists(previous.jsgf().getParent());
				}
				return compiled;
			}
			catch (IOException e) {
				throw new UncheckedIOException("no room for the speech grammar in the temp folder", e);
			}
		}
	}

	/** The model's own pronouncing dictionary (next to the acoustic model), for Latin words like POS or App. */
	private Map<String, String> englishWords() {
		Path dict = setup.model().resolveSibling("cmudict-en-us.dict");
		Map<String, String> words = new HashMap<>();
		if (!Files.exists(dict)) {
			return words;
		}
		try (Stream<String> lines = Files.lines(dict, StandardCharsets.ISO_8859_1)) {
			lines.forEach(line -> {
				int space = line.indexOf(' ');
				if (space > 0 && !line.substring(0, space).contains("(")) {
					words.putIfAbsent(line.substring(0, space), line.substring(space + 1).strip());
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}
}
