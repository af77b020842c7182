package com.chaindesk.assist.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Guesses category, device and severity of a store problem from its words: our own Naive Bayes (no ML library)
 * trained on the shipped seed set plus the chain's resolved tickets. Each instance keeps its model in memory and
 * swaps in a new one whole after each training; until the first is ready it guesses nothing, and the draft says so.
 */
@Component
class ProblemClassifier {

	private static final Logger log = LoggerFactory.getLogger(ProblemClassifier.class);

	private final AtomicReference<ProblemModel> model = new AtomicReference<>();
	private final List<LabelledProblem> seed = SeedProblems.load();
	private final Clock clock;

	ProblemClassifier(Clock clock) {
		this.clock = clock;
	}

	Optional<ProblemGuess> guess(String text) {
		ProblemModel current = model.get();
		return current == null || text == null || text.isBlank() ? Optional.empty() : Optional.of(current.guess(text));
	}

	boolean ready() {
		return model.get() != null;
	}

	/** Learns from the seed set and these resolved tickets, and answers with the new model from then on. */
	void train(List<LabelledProblem> resolved) {
		List<LabelledProblem> all = new ArrayList<>(seed);
		all.addAll(resolved);
		long started = System.nanoTime();
		ProblemModel trained = ProblemModel.train(all, clock.instant());
		model.set(trained);
		log.info("Ticket classifier trained on {} seed problems and {} resolved tickets in {} ms", seed.size(),
				resolved.size(), (System.nanoTime() - started) / 1_000_000);
	}
}
