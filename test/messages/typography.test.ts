import { describe, expect, it } from 'vitest'
import { CATALOGUES } from '../../src/messages/catalogue.js'
import { wordsWithMarkers } from './markers.js'

describe('French typography in the catalogue', () => {
  it('puts a non-breaking space, never a plain one, before : ; ? ! » and after «', () => {
    const plain = Object.entries(CATALOGUES.fr).flatMap(([key, message]) => {
      const words = wordsWithMarkers(message)
      return / [:;?!»]|« /.test(words) ? [`${key}: ${words}`] : []
    })
    expect(plain).toEqual([])
  })
})
