package com.chaindesk.assist.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorCodePolicyTests {

	private final ErrorCodePolicy policy = new ErrorCodePolicy();

	@Test
	void codesAreKeptAsTheDeviceShowsThem() {
		assertThat(policy.codesIn("交易失败 错误代码 E-1043 请联系技术支持")).containsExactly("E-1043");
		assertThat(policy.codesIn("E03 卡纸")).containsExactly("E03");
		assertThat(policy.codesIn("PRN-05 / NET-404 / PRN-0x2A")).containsExactly("PRN-05", "NET-404", "PRN-0x2A");
	}

	@Test
	void labelledNumbersKeepAnEnglishLabelAndDropAChineseOne() {
		assertThat(policy.codesIn("PAYMENT\nERR 0x1F\nCard reader")).containsExactly("ERR 0x1F");
		assertThat(policy.codesIn("Declined. Error 51")).containsExactly("Error 51");
		assertThat(policy.codesIn("错误代码 1203")).containsExactly("1203");
		assertThat(policy.codesIn("錯誤代碼：1203")).containsExactly("1203");
		assertThat(policy.codesIn("错误码: 3004")).containsExactly("3004");
	}

	@Test
	void ocrSpacingAndSlipsAreMendedAndRepeatsCountOnce() {
		assertThat(policy.codesIn("错 误 代 码 ： E-1O43\n再次出现 E－1043")).containsExactly("E-1043");
		assertThat(policy.codesIn("ERR Ox1F")).containsExactly("ERR 0x1F");
	}

	@Test
	void thingsThatOnlyLookLikeCodesAreNotCodes() {
		assertThat(policy.codesIn("门店 SH-XH-01 收银台 POS-03 A4纸 USB3 版本 V2.3.1 12:30 ¥128.00 TM-T88V 4G"))
				.isEmpty();
	}
}
