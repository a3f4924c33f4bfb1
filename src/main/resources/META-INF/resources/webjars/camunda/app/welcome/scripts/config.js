/*
 * Welcome's configuration, in place of the file of the same name in Camunda's webjar (7.24), which leaves every
 * setting at its default: the service centre's settings for all webapps.
 */
export {default} from '../../service-centre/webapps-config.js';
