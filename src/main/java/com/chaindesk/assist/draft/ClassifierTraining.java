package com.chaindesk.assist.draft;

import java.util.List;

import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.ResolvedTicketSample;
import com.chaindesk.ticket.ResolvedTicketSamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the classifier learns: once in the background right after the start (requests are served meanwhile; drafts
 * say the model is still loading), then on a schedule, nightly by default, from the newest resolved tickets.
 */
@Component
class ClassifierTraining {

	private static final Logger log = LoggerFactory.getLogger(ClassifierTraining.class);

	private final ProblemClassifier classifier;
	private final ResolvedTicketSamples samples;
	private final int limit;

	ClassifierTraining(ProblemClassifier classifier, ResolvedTicketSamples samples,
			@Value("${chaindesk.assist.classifier.resolved-tickets:50000}") int limit) {
		this.classifier = classifier;
		this.samples = samples;
		this.limit = limit;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		Thread.ofVirtual().name("classifier-training").start(this::retrain);
	}

	@Scheduled(cron = "${chaindesk.assist.classifier.retrain-cron:0 30 3 * * *}")
	void onSchedule() {
		retrain();
	}

	void retrain() {
		try {
			classifier.train(samples.newest(limit).stream().map(ClassifierTraining::labelled).toList());
		}
		catch (RuntimeException e) {
			// The tickets could not be read: learn from the seed set alone rather than stay without a model.
			log.warn("Could not read resolved tickets for the classifier ({}); training on the seed set only", e.toString());
			classifier.train(List.of());
		}
	}

	private static LabelledProblem labelled(ResolvedTicketSample t) {
		Level severity = switch (t.priority()) {
			case P1, P2 -> Level.HIGH;
			case P3 -> Level.MEDIUM;
			case P4 -> Level.LOW;
		};
		return new LabelledProblem(t.subject() + " " + t.description(), t.category(), t.device(), severity, null);
	}
}
