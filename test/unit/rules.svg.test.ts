import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { svgProblem } from '../../core/src/rules/svgProblem';

describe('svg check', () => {
  it('accepts SVG documents with a prolog, comments, a doctype, a BOM or a self-closing root', () => {
    const documents = [
      '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n<svg viewBox="0 0 1 1">\n</svg >\n<!-- end -->\n',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" [ <!ENTITY a "b>"> ]>\n<svg data-x="a>b"></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    ];
    assert.deepEqual(documents.map(svgProblem), [undefined, undefined, undefined, undefined]);
  });

  it('says what is wrong with files that are not SVG', () => {
    const documents = [
      '  \n',
      '\x89PNG\r\n\x1a\n',
      '<html><svg></svg></html>',
      '<svgx></svgx>',
      '<!-- never closed <svg></svg>',
      '<svg viewBox="0 0 1 1"',
      '<svg><rect/>',
      '<svg/><p/>',
    ];
    assert.deepEqual(documents.map(svgProblem), [
      'the file is empty',
      'the file does not start with an <svg> element',
      'the root element is <html>, not <svg>',
      'the root element is <svgx>, not <svg>',
      'a comment, declaration or doctype before the root element is not closed',
      'the <svg> start tag is not closed with ">"',
      'the <svg> element is not closed: the file does not end with </svg>',
      'there is content after the self-closing <svg/> element',
    ]);
  });
});
