#!/usr/bin/env python3
"""Leaves open cases of every process in a running application of the version before offices (see README.md).

Usage: open-cases.py http://127.0.0.1:18080   (demo logins, password "demo")
"""
import base64, json, sys, time, urllib.request, urllib.error

BASE = sys.argv[1].rstrip('/')


def call(user, method, path, body=None):
    req = urllib.request.Request(BASE + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header('Authorization', 'Basic ' + base64.b64encode(f'{user}:demo'.encode()).decode())
    req.add_header('Content-Type', 'application/json')
    try:
        with urllib.request.urlopen(req) as res:
            text = res.read().decode()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        raise SystemExit(f'{user} {method} {path}: {e.code} {e.read().decode()}')


def typed(variables):
    types = {bool: 'Boolean', int: 'Integer', float: 'Double', str: 'String'}
    return {k: {'value': v, 'type': types[type(v)]} for k, v in variables.items()}


def start(user, key, variables):
    case = call(user, 'POST', f'/engine-rest/process-definition/key/{key}/submit-form', {'variables': typed(variables)})
    print(key, case['businessKey'], case['id'])
    return case['id']


def tasks_of(user, instance, task_key):
    for _ in range(60):  # after an asynchronous step the task comes a moment later
        tasks = call(user, 'GET', f'/engine-rest/task?processInstanceId={instance}&taskDefinitionKey={task_key}')
        if tasks:
            return tasks
        time.sleep(0.5)
    raise SystemExit(f'{user} sees no {task_key} of {instance}')


def complete(user, instance, task_key, variables):
    tasks = tasks_of(user, instance, task_key)
    task = tasks[0]
    if task['assignee'] is None:
        call(user, 'POST', f'/engine-rest/task/{task["id"]}/claim', {'userId': user})
    call(user, 'POST', f'/engine-rest/task/{task["id"]}/submit-form', {'variables': typed(variables)})


complaint = {'complainantName': '刘女士', 'unit': '1栋1单元101', 'phone': '13900001111', 'channel': 'phone',
             'category': 'noise', 'severity': 'normal', 'description': '楼上夜间装修噪音'}
# A complaint closed before the upgrade: only its history remains.
closed = start('zhangwei', 'complaint-handling', complaint)
complete('lina', closed, 'investigateComplaint', {'findings': '夜间装修属实', 'suggestedFix': '上门劝导'})
complete('wangfang', closed, 'decideDepartment', {'responsibleGroup': 'customer-service', 'proposedFix': '上门劝导'})
complete('lina', closed, 'handleComplaint', {'cause': '装修超时', 'actions': '上门劝导', 'result': '已停止夜间施工'})
complete('zhangwei', closed, 'replyToComplainant', {'replyMethod': 'phone', 'replyText': '已处理'})
complete('lina', closed, 'returnVisit', {'satisfied': True})
# Open: one just taken (investigation to do), one at its department (claimed by the technician).
start('zhangwei', 'complaint-handling', dict(complaint, complainantName='王先生', description='电梯异响'))
handling = start('zhangwei', 'complaint-handling', dict(complaint, complainantName='赵女士', description='垃圾清运不及时'))
complete('lina', handling, 'investigateComplaint', {'findings': '清运车晚到', 'suggestedFix': '调整清运时间'})
complete('wangfang', handling, 'decideDepartment', {'responsibleGroup': 'maintenance', 'proposedFix': '调整清运时间'})
tasks = tasks_of('liuqiang', handling, 'handleComplaint')
call('liuqiang', 'POST', f'/engine-rest/task/{tasks[0]["id"]}/claim', {'userId': 'liuqiang'})
# A repair waiting for parts: at the timer until its follow-up date.
repair = start('zhangwei', 'repair-dispatch', {'reporter': '王先生', 'areaType': 'in-home', 'trade': 'plumbing-electrical',
                                               'repairSize': 'minor', 'urgency': 'normal', 'underWarranty': False,
                                               'description': '水龙头漏水', 'unit': '3栋1单元502'})
complete('yangming', repair, 'dispatchTechnician', {'technician': 'liuqiang'})
complete('liuqiang', repair, 'confirmArrival', {})
complete('liuqiang', repair, 'repairOnSite', {'repairResult': 'waiting', 'waitReason': 'parts',
                                              'followUpDate': '2027-01-20'})
# A move-out waiting for finance's settlement check.
start('zhangwei', 'move-out-refund', {'applicant': '赵先生', 'unit': '1栋1单元202', 'moveOutDate': '2026-12-20',
                                      'reason': 'lease-end', 'refundAccount': '工商银行 6222 0000 1111',
                                      'renovationDeposit': 1000.0, 'prepaidFees': 200.1})
# A lead waiting for its attribution.
start('zhouli', 'lead-to-order', {'customerName': '陈先生', 'phone': '13800000013', 'address': '锦绣花园3栋1202',
                                  'floorArea': 96.5, 'plannedDate': '2026-12-01', 'estimatedAmount': 8000.0,
                                  'source': 'walk-in'})
