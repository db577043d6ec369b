// What differs between QTI 2.1 and QTI 3.0 for the items we write: names, namespaces, templates.
import type { RpTemplate } from './itemTree';
import { el, mapNames, type XmlElement, type XmlNode } from './xmlTree';

export interface QtiVersion {
  readonly name: 'QTI21' | 'QTI30';
  readonly itemNamespace: string;
  readonly itemSchemaLocation: string;
  readonly itemResourceType: string;
  readonly manifestNamespace: string;
  readonly manifestSchemaLocation: string;
  readonly manifestSchemaVersion: string;
  readonly rename: (node: XmlNode) => XmlNode;
  readonly templateUri: (template: RpTemplate) => string;
  /**
   * Whether the version has a shared stimulus the items refer to. QTI 3.0 has
   * qti-assessment-stimulus; QTI 2.1 has none (assessmentStimulus came with QTI 2.2: the 2.1
   * schema declares no such element), so a 2.1 package carries the passage as an item without
   * interactions, first.
   */
  readonly sharedStimulus: boolean;
  readonly stimulusResourceType: string | null;
  /** Modal feedback content as the version wants it (3.0 wraps it in qti-content-body). */
  readonly feedbackContent: (children: readonly XmlNode[]) => XmlNode[];
}

export const QTI21: QtiVersion = {
  name: 'QTI21',
  itemNamespace: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
  itemSchemaLocation: 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
  itemResourceType: 'imsqti_item_xmlv2p1',
  manifestNamespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  manifestSchemaLocation: 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd',
  manifestSchemaVersion: '2.1',
  sharedStimulus: false,
  stimulusResourceType: null,
  rename: (node) => node,
  templateUri: (template) => `http://www.imsglobal.org/question/qti_v2p1/rptemplates/${template}`,
  feedbackContent: (children) => [...children],
};

// HTML content keeps its names in QTI 3.0; only QTI's own elements gain the "qti-" prefix.
const HTML_ELEMENTS = new Set(['p', 'h2', 'div', 'span', 'ul', 'ol', 'li', 'blockquote', 'em', 'strong']);
const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const QTI30: QtiVersion = {
  name: 'QTI30',
  itemNamespace: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
  itemSchemaLocation: 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
  itemResourceType: 'imsqti_item_xmlv3p0',
  manifestNamespace: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
  manifestSchemaLocation: 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd',
  manifestSchemaVersion: '3.0.0',
  sharedStimulus: true,
  stimulusResourceType: 'imsqti_stimulus_xmlv3p0',
  rename: (node) =>
    mapNames(
      node,
      (name) => (HTML_ELEMENTS.has(name) ? name : `qti-${kebab(name)}`),
      (name) => (name.includes(':') ? name : kebab(name)),
    ),
  templateUri: (template) => `https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/${template}.xml`,
  feedbackContent: (children): XmlElement[] => [el('contentBody', {}, children)],
};
