package com.chaindesk.assist.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.config.Settings;
import com.chaindesk.knowledge.ArticleHit;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.ArticleView;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.knowledge.KnowledgeArticles;
import com.chaindesk.knowledge.KnowledgeQuery;
import com.chaindesk.knowledge.KnowledgeSearch;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a store person's message: continues what the conversation waits for (a pick, a guide step, a verdict) when
 * the message is such a reply, otherwise searches what the store sees and answers, asks which article is meant, or
 * hands off. One search and a few small writes per message, so the answer path stays fast.
 */
@Service
@Transactional
public class Chatbot {

	private static final int HITS = 5;
	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Chatbot.class);

	private final KnowledgeSearch search;
	private final KnowledgeArticles articles;
	private final Settings settings;
	private final OrgDirectory directory;
	private final Conversations conversations;
	private final TicketDrafts drafts;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final double margin;
	private final String articlePath;

	Chatbot(KnowledgeSearch search, KnowledgeArticles articles, Settings settings, OrgDirectory directory,
			Conversations conversations, TicketDrafts drafts, MessageSource messages, AuditTrail audit, Clock clock,
			@Value("${chaindesk.assist.clarify-margin:0.05}") double margin,
			@Value("${chaindesk.assist.article-path:/knowledge/articles/}") String articlePath) {
		this.search = search;
		this.articles = articles;
		this.settings = settings;
		this.directory = directory;
		this.conversations = conversations;
		this.drafts = drafts;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.margin = margin;
		this.articlePath = articlePath;
	}

	/**
	 * @throws NotFound for an unknown store, or a conversation that is not the asker's (or not at that store)
	 * @throws OutsideScope for a store outside the asker's scope
	 */
	public BotReply ask(Question question, Locale wanted) {
		Actor actor = CurrentActor.get();
		StoreRef store = directory.store(question.store()).orElseThrow(() -> new NotFound("store", question.store()));
		if (!actor.scope().coversStore(store.id(), store.regionId())) {
			throw new OutsideScope("That store is outside your scope.");
		}
		Locale locale = ChatLanguage.of(wanted);
		String text = question.text().strip();
		Instant now = clock.instant();
		Conversation conversation = question.conversationId() == null
				? Conversation.start(actor.username(), store.id(), store.regionId(), ChatLanguage.tag(locale), text, now)
				: mine(question.conversationId(), actor, store.id());
		Turn turn = new Turn(conversation, store, text, locale, now);
		Exchange exchange = respond(turn);
		long id;
		if (conversation.id() == null) {
			id = conversations.add(conversation);
			audit.record(new AuditEvent("assist.conversation.started", "conversation", Long.toString(id),
					conversation.scope(), null, conversation.snapshot()));
		}
		else {
			id = conversation.id();
			conversations.save(conversation);
		}
		if (exchange.outcome() == Outcome.HANDED_OFF || exchange.outcome() == Outcome.NO_ANSWER) {
			audit.record(new AuditEvent("assist.conversation.handed-off", "conversation", Long.toString(id),
					conversation.scope(), null, java.util.Map.of("outcome", exchange.outcome().name(), "seq",
							exchange.seq())));
		}
		return reply(id, conversation, exchange, turn);
	}

	/** The asker's own conversation, to pick it up again. */
	@Transactional(readOnly = true)
	public ConversationView conversation(long id, Locale wanted) {
		Actor actor = CurrentActor.get();
		Conversation c = conversations.find(id).filter(x -> x.belongsTo(actor.username()))
				.orElseThrow(() -> new NotFound("conversation", id));
		TicketDraft draft = null;
		if (c.handedOff() && c.ticketId() == null) {
			StoreRef store = directory.store(c.storeId()).orElseThrow(() -> new NotFound("store", c.storeId()));
			draft = drafts.of(id, c, store, ChatLanguage.of(wanted));
		}
		return new ConversationView(id, c.storeId(), c.exchanges(), c.awaiting().name(), c.options(), draft,
				c.ticketId(), c.ticketNumber());
	}

	/** Where an article is read. */
	public String articleLink(long articleId) {
		return articlePath + articleId;
	}

	/** The person says whether an answer helped. */
	public void judge(long conversationId, int seq, boolean helped) {
		Actor actor = CurrentActor.get();
		Conversation conversation = conversations.find(conversationId).filter(c -> c.belongsTo(actor.username()))
				.orElseThrow(() -> new NotFound("conversation", conversationId));
		Exchange judged = conversation.judge(seq, helped);
		conversations.save(conversation);
		audit.record(new AuditEvent("assist.answer.judged", "conversation", Long.toString(conversationId),
				conversation.scope(), null, java.util.Map.of("seq", seq, "article", judged.articleId(), "helped", helped)));
	}

	private Conversation mine(long id, Actor actor, long store) {
		return conversations.find(id).filter(c -> c.belongsTo(actor.username()) && c.storeId() == store)
				.orElseThrow(() -> new NotFound("conversation", id));
	}

	/** One message being answered, and the guide step shown in answer to it, if any. */
	private static final class Turn {

		private final Conversation conversation;
		private final StoreRef store;
		private final String text;
		private final Locale locale;
		private final Instant now;
		private BotReply.@Nullable StepShown shown;

		Turn(Conversation conversation, StoreRef store, String text, Locale locale, Instant now) {
			this.conversation = conversation;
			this.store = store;
			this.text = text;
			this.locale = locale;
			this.now = now;
		}

		Conversation conversation() { return conversation; }
		StoreRef store() { return store; }
		String text() { return text; }
		Locale locale() { return locale; }
		Instant now() { return now; }
	}

	private Exchange respond(Turn turn) {
		Conversation c = turn.conversation();
		Intent intent = ReplyReading.read(turn.text());
		if (intent == Intent.PERSON) {
			return handOff(turn, "chat.bot.handoff.asked", Outcome.HANDED_OFF, null, null);
		}
		return switch (c.awaiting()) {
			case PICK -> picked(turn, intent).orElseGet(() -> newQuestion(turn));
			case STEP -> intent == Intent.YES ? solved(turn) : intent == Intent.NO ? nextStep(turn) : newQuestion(turn);
			case VERDICT -> intent == Intent.YES ? solvedAfterAnswer(turn)
					: intent == Intent.NO ? notHelped(turn) : newQuestion(turn);
			case QUESTION -> newQuestion(turn);
		};
	}

	private Exchange newQuestion(Turn turn) {
		turn.conversation().newProblem(turn.text());
		List<ArticleHit> hits = searched(turn.text(), turn.store().id(), HITS);
		double threshold = settings.effective(ChatSettings.CONFIDENCE_THRESHOLD,
				OrgScope.store(turn.store().id(), turn.store().regionId()));
		AnswerChoice choice = AnswerChoice.of(hits, threshold, margin);
		return switch (choice.kind()) {
			case NONE -> handOff(turn, "chat.bot.handoff.noanswer", Outcome.NO_ANSWER, choice.best(), null);
			case CLARIFY -> turn.conversation().askedToChoose(turn.text(),
					say(turn, "chat.bot.clarify", choice.best().title(), choice.second().title()),
					List.of(new ChatOption(1, choice.best().articleId(), choice.best().title()),
							new ChatOption(2, choice.second().articleId(), choice.second().title())),
					choice.best().score(), turn.now());
			case ANSWER -> answerWith(turn, choice.best().articleId(), choice.best().title(), choice.best().score(),
					choice.best().snippet());
		};
	}

	private Optional<Exchange> picked(Turn turn, Intent intent) {
		List<ChatOption> options = turn.conversation().options();
		ChatOption option = intent == Intent.FIRST ? options.get(0)
				: intent == Intent.SECOND ? options.get(1) : byWords(options, turn.text());
		if (option == null) {
			return Optional.empty();
		}
		Double confidence = turn.conversation().exchanges().getLast().confidence();
		return Optional.of(answerWith(turn, option.articleId(), option.title(), confidence == null ? 0 : confidence, null));
	}

	/** The option whose title shares the most two-character pieces with the reply, if one clearly does. */
	private static @Nullable ChatOption byWords(List<ChatOption> options, String reply) {
		String said = ReplyReading.plain(reply);
		ChatOption best = null;
		int bestShared = 0;
		boolean tie = false;
		for (ChatOption option : options) {
			String title = ReplyReading.plain(option.title());
			int shared = 0;
			for (int i = 0; i + 2 <= said.length(); i++) {
				if (title.contains(said.substring(i, i + 2))) {
					shared++;
				}
			}
			if (shared > bestShared) {
				best = option;
				bestShared = shared;
				tie = false;
			}
			else if (shared == bestShared && shared > 0) {
				tie = true;
			}
		}
		return tie ? null : best;
	}

	private Exchange answerWith(Turn turn, long articleId, String title, double confidence, @Nullable String snippet) {
		Optional<ArticleView> found = articles.published(articleId);
		if (found.isEmpty()) {
			// Retired between search and read: the snippet is all there is.
			return turn.conversation().answered(turn.text(),
					(snippet == null ? title : AnswerWording.fromSnippet(snippet)) + say(turn, "chat.bot.more", title),
					articleId, title, confidence, turn.now());
		}
		ArticleView article = found.get();
		if (article.kind() == ArticleKind.TROUBLESHOOTING && !article.steps().isEmpty()) {
			GuideStep first = article.steps().stream().min(Comparator.comparingInt(GuideStep::number)).orElseThrow();
			return turn.conversation().showedStep(turn.text(),
					say(turn, "chat.bot.step.first", article.title()) + stepText(turn, article, first), articleId,
					article.title(), first.number(), confidence, turn.now());
		}
		return turn.conversation().answered(turn.text(),
				AnswerWording.summary(article) + say(turn, "chat.bot.more", article.title()), articleId, article.title(),
				confidence, turn.now());
	}

	private Exchange nextStep(Turn turn) {
		Conversation c = turn.conversation();
		Optional<ArticleView> guide = Optional.ofNullable(c.awaitingArticle()).flatMap(articles::published);
		Integer at = c.awaitingStep();
		if (guide.isEmpty() || at == null) {
			return handOff(turn, "chat.bot.handoff.guide", Outcome.HANDED_OFF, null, null);
		}
		List<GuideStep> steps = guide.get().steps();
		GuideStep current = steps.stream().filter(s -> s.number() == at).findFirst().orElse(null);
		Integer nextNumber = current == null ? null
				: current.nextIfNotFixed() != null ? current.nextIfNotFixed() : Integer.valueOf(current.number() + 1);
		GuideStep next = nextNumber == null ? null
				: steps.stream().filter(s -> s.number() == nextNumber && s.number() != at).findFirst().orElse(null);
		// A guide whose "not fixed" branches loop back would walk forever: past as many steps as it has, hand off.
		long walked = c.topic().stream().filter(e -> e.outcome() == Outcome.GUIDE_STEP).count();
		if (next == null || walked >= steps.size()) {
			return handOff(turn, "chat.bot.handoff.guide", Outcome.HANDED_OFF, null, guide.get().category());
		}
		return c.showedStep(turn.text(), stepText(turn, guide.get(), next), guide.get().id(), guide.get().title(),
				next.number(), c.exchanges().getLast().confidence() == null ? 0 : c.exchanges().getLast().confidence(),
				turn.now());
	}

	private Exchange solved(Turn turn) {
		return turn.conversation().solved(turn.text(), say(turn, "chat.bot.solved"), turn.now());
	}

	private Exchange solvedAfterAnswer(Turn turn) {
		Conversation c = turn.conversation();
		c.judge(c.exchanges().size(), true);
		return c.solved(turn.text(), say(turn, "chat.bot.solved"), turn.now());
	}

	private Exchange notHelped(Turn turn) {
		Conversation c = turn.conversation();
		c.judge(c.exchanges().size(), false);
		return handOff(turn, "chat.bot.handoff.nothelped", Outcome.HANDED_OFF, null, null);
	}

	/**
	 * Hands off. The draft's category comes from the best article found for the message, else the article the
	 * conversation was on, else the best article for its first question.
	 */
	private Exchange handOff(Turn turn, String messageKey, Outcome outcome, @Nullable ArticleHit best,
			@Nullable String knownCategory) {
		Conversation c = turn.conversation();
		String category = knownCategory != null ? knownCategory : best != null ? best.category() : null;
		if (category == null && c.awaitingArticle() != null) {
			category = articles.published(c.awaitingArticle()).map(ArticleView::category).orElse(null);
		}
		if (category == null && outcome == Outcome.HANDED_OFF) {
			String about = ReplyReading.read(turn.text()) == Intent.OTHER ? turn.text() : c.topicQuestion();
			category = searched(about, turn.store().id(), 1).stream().findFirst()
					.map(ArticleHit::category).orElse(null);
		}
		return c.handedOff(turn.text(), say(turn, messageKey), best == null ? null : best.articleId(),
				best == null ? null : best.title(), best == null ? null : best.score(), outcome, category, turn.now());
	}

	/** A failing search must not fail the chat: the bot then knows nothing and hands off with a ticket. */
	private List<ArticleHit> searched(String text, long store, int limit) {
		try {
			// The answer quotes the best article's snippet; the others are offered by title, if at all.
			return search.search(KnowledgeQuery.forStore(text, store, limit).snippetsFor(1));
		}
		catch (RuntimeException e) {
			log.warn("Knowledge search failed for store {}; handing off", store, e);
			return List.of();
		}
	}

	private String stepText(Turn turn, ArticleView guide, GuideStep step) {
		turn.shown = new BotReply.StepShown(step.number(), guide.steps().size(), step.instruction().strip());
		return say(turn, "chat.bot.step", step.number(), guide.steps().size(), step.instruction().strip())
				+ say(turn, "chat.bot.step.ask");
	}

	private String say(Turn turn, String key, Object... args) {
		return messages.getMessage(key, args, turn.locale());
	}

	private BotReply reply(long id, Conversation c, Exchange e, Turn turn) {
		boolean handoff = e.outcome() == Outcome.HANDED_OFF || e.outcome() == Outcome.NO_ANSWER;
		BotReply.StepShown step = e.outcome() == Outcome.GUIDE_STEP ? turn.shown : null;
		Double confidence = e.confidence();
		String level = confidence == null ? null : confidence >= 0.8 ? "HIGH" : confidence >= 0.65 ? "MEDIUM" : "LOW";
		return new BotReply(id, e.seq(), e.answer(), e.articleId(), e.articleTitle(),
				e.articleId() == null ? null : articlePath + e.articleId(), confidence, level,
				level == null ? null : say(turn, "chat.confidence." + level.toLowerCase(Locale.ROOT)), e.outcome(),
				handoff, c.awaiting().name(), c.options(), step,
				handoff ? drafts.of(id, c, turn.store(), turn.locale()) : null);
	}
}
