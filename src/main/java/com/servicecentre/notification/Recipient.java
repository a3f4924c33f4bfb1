package com.servicecentre.notification;

import java.util.List;

/**
 * Whom a row is for and what their record allows: the address the process wrote (a phone number, a unit, a group
 * or login, an outside company), and the mobile number, WeChat openid and e-mail addresses known for it.
 */
public record Recipient(String audience, String address, String mobile, String wechatOpenId, List<String> emails) {}
