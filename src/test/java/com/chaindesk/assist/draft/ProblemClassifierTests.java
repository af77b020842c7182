package com.chaindesk.assist.draft;

import java.time.Instant;
import java.util.List;

import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.Priority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a store notices of the classifier: the right category, device, priority and subject for how staff type. */
class ProblemClassifierTests {

	private static ProblemModel model;

	@BeforeAll
	static void train() {
		model = ProblemModel.train(SeedProblems.load(), Instant.now());
	}

	@Test
	void aTillThatWillNotStartIsAPosProblem() {
		ProblemGuess guess = model.guess("收银机开不了机");
		assertThat(guess.category()).isEqualTo("pos-terminal");
		assertThat(guess.device()).isEqualTo("POS机");
	}

	@Test
	void wifiDownInTaiwanWordingIsANetworkProblem() {
		ProblemGuess guess = model.guess("wifi又斷了");
		assertThat(guess.category()).isEqualTo("network-wifi");
	}

	@Test
	void sentencesNotInTheSeedSetStillLandRight() {
		assertThat(model.guess("麻烦看下 小票机老是卡纸 打出来一半").category()).isEqualTo("printer-receipt");
		assertThat(model.guess("顾客的会员积分昨天没到账").category()).isEqualTo("membership-points");
		assertThat(model.guess("掃碼槍壞了掃不到商品").category()).isEqualTo("pos-scanner");
		assertThat(model.guess("电子价签不显示价格").category()).isEqualTo("esl-offline");
	}

	@Test
	void confidenceIsAProbabilityAndLowerForVagueText() {
		ProblemGuess clear = model.guess("小票打印机卡纸了");
		ProblemGuess vague = model.guess("东西坏了");
		assertThat(clear.confidence()).isBetween(0.0, 1.0);
		assertThat(clear.confidence()).isGreaterThan(vague.confidence());
		assertThat(clear.categories().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-6));
	}

	@Test
	void theWholeStoreDownWithCustomersWaitingIsTopPriority() {
		String text = "整个门店都断网了，所有收银台都不能收款，顾客在排队";
		ProblemGuess guess = model.guess(text);
		var assessment = ImpactUrgencyPolicy.assess(ProblemText.normalise(text), guess.severity());
		assertThat(assessment.impact()).isEqualTo(Level.HIGH);
		assertThat(assessment.priority()).isEqualTo(Priority.P1);
		assertThat(ImpactUrgencyPolicy.assess(ProblemText.normalise("全部收銀機都當機 客人在排隊"), Level.LOW).priority())
				.isEqualTo(Priority.P1);
	}

	@Test
	void oneLabelPrinterFadingIsNotUrgent() {
		String text = "办公室打印机墨盒要换了";
		var assessment = ImpactUrgencyPolicy.assess(ProblemText.normalise(text), model.guess(text).severity());
		assertThat(assessment.priority()).isIn(Priority.P3, Priority.P4);
	}

	@Test
	void theSubjectDropsGreetingsAndKeepsTheErrorCode() {
		String text = "你好，麻烦帮忙看下，2号收银台小票机卡纸了，打印一半就停，屏幕显示 prn-0x2a";
		assertThat(CleanSubject.of(text, ErrorCodes.in(text))).isEqualTo("2号收银台小票机卡纸了 PRN-0X2A");
		assertThat(CleanSubject.of("您好 POS机开不了 E-1043 谢谢", List.of("E-1043"))).isEqualTo("POS机开不了 E-1043");
		assertThat(CleanSubject.of("x".repeat(100), List.of())).hasSize(CleanSubject.MAX);
	}

	@Test
	void errorCodesAreFoundInFullWidthAndLowerCaseToo() {
		assertThat(ErrorCodes.in("屏幕显示ｅ－１０４３，还有 PRN-0x2A")).containsExactly("E-1043", "PRN-0X2A");
		assertThat(ErrorCodes.in("2号机 P1 很急")).isEmpty();
	}
}
