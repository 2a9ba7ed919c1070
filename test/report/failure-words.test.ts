import { describe, expect, it } from 'vitest'
import { english, sayer, text } from '../../src/messages/catalogue.js'
import { failureWords } from '../../src/report/registration-words.js'

describe('a failed device in the outcome', () => {
  const recorded = {
    errorCode: '808',
    errorName: 'ZtdDeviceAssignedToOtherTenant',
    errorDescription: english(text('repo.code.808')),
  }

  it('says what its code means in the run’s language, where its record holds those words', () => {
    expect(failureWords(recorded, sayer('en'))).toBe(recorded.errorDescription)
    const french = failureWords(recorded, sayer('fr'))
    expect(french).toBe(sayer('fr').text(text('repo.code.808')))
    expect(french).not.toBe(recorded.errorDescription)
  })

  it('shows any other words its record holds as they are', () => {
    const own = { ...recorded, errorDescription: 'Partner Center said something else.' }
    expect(failureWords(own, sayer('fr'))).toBe('Partner Center said something else.')
    expect(failureWords({ ...recorded, errorDescription: null }, sayer('fr'))).toBe('')
  })
})
