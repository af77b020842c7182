package com.chaindesk.assist.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OrgScope;
import org.jspecify.annotations.Nullable;

/**
 * A store person's conversation with the bot: its exchanges in order and what the bot waits for next. Each reply the
 * bot gives is one intention-revealing move here, which records the exchange and sets what comes next; a ticket can
 * be opened only from a conversation that was handed off, and only once.
 */
class Conversation {

	private final @Nullable Long id;
	private final String username;
	private final long storeId;
	private final long regionId;
	private final String locale;
	private final String subject;
	private final Instant startedAt;
	private Instant lastAt;
	private Awaiting awaiting;
	private @Nullable Long awaitingArticle;
	private @Nullable Integer awaitingStep;
	private List<ChatOption> options;
	private boolean handedOff;
	private @Nullable String draftCategory;
	private @Nullable Long ticketId;
	private @Nullable String ticketNumber;
	private final int version;
	private final List<Exchange> exchanges;
	private final int stored;
	private final java.util.Set<Integer> judged = new java.util.HashSet<>();
	private @Nullable String topic;

	Conversation(@Nullable Long id, String username, long storeId, long regionId, String locale, String subject,
			Instant startedAt, Instant lastAt, Awaiting awaiting, @Nullable Long awaitingArticle,
			@Nullable Integer awaitingStep, List<ChatOption> options, boolean handedOff, @Nullable String draftCategory,
			@Nullable Long ticketId, @Nullable String ticketNumber, int version, List<Exchange> exchanges) {
		this.id = id;
		this.username = username;
		this.storeId = storeId;
		this.regionId = regionId;
		this.locale = locale;
		this.subject = subject;
		this.startedAt = startedAt;
		this.lastAt = lastAt;
		this.awaiting = awaiting;
		this.awaitingArticle = awaitingArticle;
		this.awaitingStep = awaitingStep;
		this.options = List.copyOf(options);
		this.handedOff = handedOff;
		this.draftCategory = draftCategory;
		this.ticketId = ticketId;
		this.ticketNumber = ticketNumber;
		this.version = version;
		this.exchanges = new ArrayList<>(exchanges);
		this.stored = exchanges.size();
		this.topic = exchanges.isEmpty() ? null : exchanges.getLast().topic();
	}

	/** The person brings up a problem the bot searches for: the exchanges that follow are about it. */
	void newProblem(String question) {
		String q = question.strip();
		this.topic = q.length() > 200 ? q.substring(0, 200) : q;
	}

	/** A new conversation whose subject is the first question (it becomes the ticket's subject on hand-off). */
	static Conversation start(String username, long storeId, long regionId, String locale, String firstQuestion,
			Instant now) {
		String subject = firstQuestion.strip();
		return new Conversation(null, username, storeId, regionId, locale,
				subject.length() > 200 ? subject.substring(0, 200) : subject, now, now, Awaiting.QUESTION, null, null,
				List.of(), false, null, null, null, 0, List.of());
	}

	/** An article answered; the person may say next whether it helped. */
	Exchange answered(String question, String answer, long articleId, String title, double confidence, Instant now) {
		await(Awaiting.VERDICT, articleId, null, List.of());
		return add(question, answer, articleId, title, confidence, Outcome.ANSWERED, now, null);
	}

	/** Two articles tied: ask which one is meant. */
	Exchange askedToChoose(String question, String answer, List<ChatOption> choices, double confidence, Instant now) {
		if (choices.size() < 2) {
			throw new IllegalArgumentException("a clarifying question offers at least two articles");
		}
		await(Awaiting.PICK, null, null, choices);
		return add(question, answer, null, null, confidence, Outcome.CLARIFYING, now, null);
	}

	/** One step of a guide is shown; the person says whether it fixed the problem. */
	Exchange showedStep(String question, String answer, long articleId, String title, int step, double confidence,
			Instant now) {
		await(Awaiting.STEP, articleId, step, List.of());
		return add(question, answer, articleId, title, confidence, Outcome.GUIDE_STEP, now, null);
	}

	/** The person said it is fixed: the article they were on helped. */
	Exchange solved(String question, String answer, Instant now) {
		Long article = awaitingArticle;
		String title = titleOf(article);
		// A guide's verdict is kept here; an answer's was kept on the answer itself when the person said it helped.
		Boolean helped = awaiting == Awaiting.STEP && article != null ? true : null;
		await(Awaiting.QUESTION, null, null, List.of());
		Exchange solved = add(question, answer, article, title, null, Outcome.SOLVED, now, helped);
		topic = null;
		return solved;
	}

	/**
	 * The bot passes the conversation to a person; the ticket draft takes its category from {@code category} (the
	 * best article's), when known.
	 *
	 * @param outcome {@link Outcome#HANDED_OFF} or {@link Outcome#NO_ANSWER}
	 */
	Exchange handedOff(String question, String answer, @Nullable Long articleId, @Nullable String title,
			@Nullable Double confidence, Outcome outcome, @Nullable String category, Instant now) {
		if (outcome != Outcome.HANDED_OFF && outcome != Outcome.NO_ANSWER) {
			throw new IllegalArgumentException("not a hand-off: " + outcome);
		}
		Long article = articleId != null ? articleId : awaitingArticle;
		String articleTitle = title != null ? title : titleOf(article);
		// A guide the person walked to its end without a fix did not help them.
		Boolean helped = articleId == null && article != null && awaiting == Awaiting.STEP ? false : null;
		await(Awaiting.QUESTION, null, null, List.of());
		handedOff = true;
		if (category != null) {
			draftCategory = category;
		}
		return add(question, answer, article, articleTitle, confidence, outcome, now, helped);
	}

	/** The person says whether an answer helped; only exchanges that gave an article can be judged. */
	Exchange judge(int seq, boolean helped) {
		if (seq < 1 || seq > exchanges.size()) {
			throw new com.chaindesk.platform.NotFound("exchange", seq);
		}
		Exchange exchange = exchanges.get(seq - 1);
		if (exchange.articleId() == null) {
			throw new InvalidInput("seq", "this reply gave no article to judge");
		}
		Exchange judgedOne = exchange.judged(helped);
		exchanges.set(seq - 1, judgedOne);
		judged.add(seq);
		return judgedOne;
	}

	/** A ticket was opened from the hand-off. */
	void ticketOpened(long id, String number) {
		ticketMayOpen();
		this.ticketId = id;
		this.ticketNumber = number;
	}

	/** Only a handed-off conversation becomes a ticket, and only once. */
	void ticketMayOpen() {
		if (!handedOff) {
			throw new Conflict("conversation", "The bot has not handed this conversation off; ask for a person first.");
		}
		if (ticketId != null) {
			throw new Conflict("conversation", "A ticket was already opened from this conversation: " + ticketNumber);
		}
	}

	/**
	 * The exchanges about the problem at hand (a conversation may go on to a new problem after one is fixed): from
	 * the first one about it; without one, those since the last solved.
	 */
	List<Exchange> topic() {
		int start = exchanges.size();
		for (int i = exchanges.size() - 1; i >= 0; i--) {
			Exchange e = exchanges.get(i);
			boolean solvedBefore = e.outcome() == Outcome.SOLVED && i < exchanges.size() - 1;
			boolean about = topic != null ? topic.equals(e.topic()) : e.outcome() != Outcome.SOLVED;
			if (!about || solvedBefore) {
				break;
			}
			start = i;
		}
		return exchanges.subList(start, exchanges.size());
	}

	/** The question that opened the problem at hand: the ticket's subject on hand-off. */
	String topicQuestion() {
		return topic != null ? topic : subject;
	}

	/**
	 * The problem at hand as a ticket's description: each question and the bot's answer, in order; the bot's own
	 * hand-off words are left out, they tell the desk nothing.
	 */
	String transcript(String asked, String replied) {
		StringBuilder text = new StringBuilder();
		for (Exchange e : topic()) {
			text.append(asked).append(e.question()).append('\n');
			if (e.outcome() != Outcome.HANDED_OFF && e.outcome() != Outcome.NO_ANSWER) {
				text.append(replied).append(e.answer()).append('\n');
			}
			text.append('\n');
		}
		return text.toString().strip();
	}

	private @Nullable String titleOf(@Nullable Long article) {
		if (article == null) {
			return null;
		}
		for (int i = exchanges.size() - 1; i >= 0; i--) {
			if (article.equals(exchanges.get(i).articleId())) {
				return exchanges.get(i).articleTitle();
			}
		}
		return null;
	}

	private void await(Awaiting next, @Nullable Long article, @Nullable Integer step, List<ChatOption> choices) {
		this.awaiting = next;
		this.awaitingArticle = article;
		this.awaitingStep = step;
		this.options = List.copyOf(choices);
	}

	private Exchange add(String question, String answer, @Nullable Long articleId, @Nullable String title,
			@Nullable Double confidence, Outcome outcome, Instant now, @Nullable Boolean helped) {
		Exchange exchange = new Exchange(exchanges.size() + 1, question, answer, articleId, title, confidence, outcome,
				now, helped, topic);
		exchanges.add(exchange);
		lastAt = now;
		return exchange;
	}

	boolean belongsTo(String user) {
		return username.equals(user);
	}

	OrgScope scope() {
		return OrgScope.store(storeId, regionId);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("store", storeId);
		s.put("user", username);
		s.put("subject", subject);
		s.put("exchanges", exchanges.size());
		s.put("handedOff", handedOff);
		if (ticketNumber != null) {
			s.put("ticket", ticketNumber);
		}
		return s;
	}

	List<Exchange> newExchanges() {
		return exchanges.subList(stored, exchanges.size());
	}

	List<Exchange> judgedExchanges() {
		return judged.stream().filter(seq -> seq <= stored).map(seq -> exchanges.get(seq - 1)).toList();
	}

	@Nullable Long id() { return id; }
	String username() { return username; }
	long storeId() { return storeId; }
	long regionId() { return regionId; }
	String locale() { return locale; }
	String subject() { return subject; }
	Instant startedAt() { return startedAt; }
	Instant lastAt() { return lastAt; }
	Awaiting awaiting() { return awaiting; }
	@Nullable Long awaitingArticle() { return awaitingArticle; }
	@Nullable Integer awaitingStep() { return awaitingStep; }
	List<ChatOption> options() { return options; }
	boolean handedOff() { return handedOff; }
	@Nullable String draftCategory() { return draftCategory; }
	@Nullable Long ticketId() { return ticketId; }
	@Nullable String ticketNumber() { return ticketNumber; }
	int version() { return version; }
	List<Exchange> exchanges() { return List.copyOf(exchanges); }
}
