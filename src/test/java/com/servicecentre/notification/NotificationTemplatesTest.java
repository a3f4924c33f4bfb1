package com.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicecentre.repair.RepairMessages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The templates file is checked at start-up: a field a message does not carry is an error, not a blank. */
class NotificationTemplatesTest {

  private static final List<MessageType> TYPES = new RepairMessages().messageTypes();
  private static final List<MessageType> SHIPPED = ShippedMessages.TYPES;

  @Test
  void theShippedTemplatesFitTheirMessagesOnEveryChannel() {
    NotificationTemplates templates = NotificationTemplates.load(new DefaultResourceLoader(),
        "classpath:notification/templates.yml", SHIPPED);
    for (MessageType type : templates.types()) {
      // Staff are reached by e-mail (or the log); owners and outside companies by SMS and WeChat too.
      templates.checkChannels(type.name(), Audiences.STAFF.equals(type.audience())
          ? List.of("log", "email") : List.of("log", "email", "sms", "wechat"));
    }
    MessageTemplate dispatched = templates.of("repair-dispatched").render(Map.of("caseNo", "BX000001",
        "place", "5栋2单元701", "technician", "刘强", "arrivalDue", "12月2日10:30", "officeName", "翠湖花园管理处"));
    // the owner reads which office writes
    assertThat(dispatched.text())
        .isEqualTo("【翠湖花园管理处】您的报修BX000001（5栋2单元701）已派工，维修师傅刘强将于12月2日10:30前到场。");
    assertThat(dispatched.smsParams()).containsExactly(Map.entry("jobNo", "BX000001"),
        Map.entry("technician", "刘强"), Map.entry("time", "12月2日10:30"));
    MessageTemplate lost = templates.of("lead-lost").render(Map.of("caseNo", "XD000007", "customerName", "陈先生",
        "stage", "签单后退单", "reason", "价格", "notes", "嫌贵", "officeName", "南山设计店"));
    assertThat(lost.text()).isEqualTo(
        "【南山设计店】跑单通报：来单XD000007（陈先生）签单后退单，原因：价格；情况说明：嫌贵。已经设计部经理确认，记入咨询客户信息统计表。");
  }

  @Test
  void aFieldTheMessageDoesNotCarryStopsStartUp() {
    assertThatThrownBy(() -> parse("""
        templates:
          notice: {text: "{message}"}
          repair-dispatched:
            text: 师傅{technician}电话{technicianPhone}
          repair-arrived: {text: "{caseNo}"}
          repair-completed: {text: "{caseNo}"}
        """)).hasMessageContaining("repair-dispatched").hasMessageContaining("{technicianPhone}")
        .hasMessageContaining("arrivalDue");
  }

  @Test
  void aMessageWithoutTemplatesAndATemplateWithoutMessageStopStartUp() {
    assertThatThrownBy(() -> parse("""
        templates:
          notice: {text: "{message}"}
          repair-dispatched: {text: "{caseNo}"}
          repair-arived: {text: "{caseNo}"}
          repair-completed: {text: "{caseNo}", sms: {params: {a: "{caseNo}"}}}
        """)).hasMessageContaining("repair-arrived：缺少模板").hasMessageContaining("repair-arived：没有这种消息")
        .hasMessageContaining("sms 缺少 code");
  }

  @Test
  void aRouteThroughAChannelWithoutTemplateStopsStartUp() {
    NotificationTemplates templates = parse("""
        templates:
          notice: {text: "{message}"}
          repair-dispatched: {text: "{caseNo}"}
          repair-arrived: {text: "{caseNo}"}
          repair-completed: {text: "{caseNo}"}
          repair-vendor-chase: {text: "{caseNo}"}
        """);
    assertThatThrownBy(() -> templates.checkChannels("repair-arrived", List.of("wechat", "sms")))
        .hasMessageContaining("repair-arrived 可能经 wechat、sms 发送");
  }

  @Test
  void aMessageLackingAFieldIsRefusedWhenWritten() {
    assertThatThrownBy(() -> Notification.of("k", RepairMessages.ARRIVED, "13900000000",
        Map.of("caseNo", "BX000001", "place", " "), false, null))
        .hasMessageContaining("place").hasMessageContaining("technician");
  }

  private static NotificationTemplates parse(String yaml) {
    return new NotificationTemplates("test.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        TYPES);
  }
}
