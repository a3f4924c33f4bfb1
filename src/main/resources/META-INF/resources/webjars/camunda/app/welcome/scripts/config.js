/*
 * Welcome's configuration, in place of the file of the same name in Camunda's webjar (7.24): the service centre's
 * settings for all webapps, and the welcome page's own header and links. Camunda's default header reads
 * "Camunda Welcome" and its one link goes to Camunda's English documentation; the staff get the centre's name and
 * the centre's own pages instead (我发起的案件, 工作日历), in the language the webapps chose (English for a browser
 * whose first language is English, Chinese otherwise).
 */
import settings from '../../service-centre/webapps-config.js';

const english = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase() === 'en';

export default {
  ...settings,
  app: english ? {vendor: 'Service Centre', name: 'Welcome'} : {vendor: '客服中心', name: '首页'},
  links: english
    ? [
      {label: 'Cases I started', href: '/cases/', description: 'The cases you started and where each stands'},
      {label: 'Working calendars', href: '/calendars/', description: 'The calendars every time limit counts on'}
    ]
    : [
      {label: '我发起的案件', href: '/cases/', description: '本人发起的案件，各自办到哪一步、由谁办理'},
      {label: '工作日历', href: '/calendars/', description: '各项时限所用的工作日历（上班时间、法定假日、调休）'}
    ]
};
