package com.chaindesk.assist.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.chaindesk.ticket.Level;

/**
 * What the classifier learned at one moment: three Naive Bayes models over the same features, for the category, the
 * device and the severity. Immutable; a retrain builds a new one and swaps it in whole.
 */
final class ProblemModel {

	private final NaiveBayes category;
	private final NaiveBayes device;
	private final NaiveBayes severity;
	private final int examples;
	private final Instant trainedAt;

	private ProblemModel(NaiveBayes category, NaiveBayes device, NaiveBayes severity, int examples, Instant trainedAt) {
		this.category = category;
		this.device = device;
		this.severity = severity;
		this.examples = examples;
		this.trainedAt = trainedAt;
	}

	static ProblemModel train(List<LabelledProblem> problems, Instant now) {
		List<Set<String>> features = problems.stream().map(p -> ProblemFeatures.of(p.text())).toList();
		return new ProblemModel(model(problems, features, LabelledProblem::category),
				model(problems, features, LabelledProblem::device),
				model(problems, features, p -> p.severity().name()), problems.size(), now);
	}

	private static NaiveBayes model(List<LabelledProblem> problems, List<Set<String>> features,
			Function<LabelledProblem, String> label) {
		List<NaiveBayes.Example> examples = new java.util.ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			// A null label is unknown (a ticket nobody named a device for), not "none": it teaches nothing.
			String value = label.apply(problems.get(i));
			if (value != null) {
				examples.add(new NaiveBayes.Example(features.get(i), value));
			}
		}
		return NaiveBayes.train(examples);
	}

	ProblemGuess guess(String text) {
		Set<String> features = ProblemFeatures.of(text);
		Map<String, Double> categories = category.probabilities(features);
		Map<String, Double> devices = device.probabilities(features);
		Map<String, Double> severities = severity.probabilities(features);
		var topDevice = devices.entrySet().iterator().next();
		return new ProblemGuess(categories, topDevice.getKey().isEmpty() ? null : topDevice.getKey(), topDevice.getValue(),
				Level.valueOf(severities.keySet().iterator().next()));
	}

	int examples() {
		return examples;
	}

	Instant trainedAt() {
		return trainedAt;
	}
}
