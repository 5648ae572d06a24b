import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { responses } from '../../lib/http/responses.ts';
import { Type } from 'typebox';
import { activityHistory, createActivity, transitionActivity, updateActivity } from './activities.ts';
import {
  ActivityHistory,
  ActivityParams,
  CreateActivity,
  CreateGoal,
  Goal,
  GoalParams,
  Plan,
  PlanParams,
  PlanView,
  SavedActivity,
  Transition,
  UpdateActivity,
  UpdateGoal,
  UpdatePlan,
} from './schema.ts';
import { createGoal, getPlan, updateGoal, updatePlan } from './service.ts';

export function planRoutes(app: App, { database }: Deps) {
  const db = database.db;
  const tags = ['plan'];

  app.get('/api/participants/:id/plan', {
    config: { policy: 'plan.read' },
    schema: {
      summary: 'The one plan: goals and activities of every organisation',
      tags,
      params: PlanParams,
      response: responses({ 200: PlanView }),
    },
    handler: async (request) => getPlan(db, actorOf(request), request.params.id),
  });

  app.patch('/api/participants/:id/plan', {
    config: { policy: 'plan.update' },
    schema: {
      summary: 'Set the person’s full time per week (version 0 while the plan has never been changed)',
      tags,
      params: PlanParams,
      body: UpdatePlan,
      response: responses({ 200: Type.Object({ plan: Plan }) }),
    },
    handler: async (request) => updatePlan(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/participants/:id/goals', {
    config: { policy: 'goal.write' },
    schema: {
      summary: 'Write a goal in the person’s own words',
      tags,
      params: PlanParams,
      body: CreateGoal,
      response: responses({ 201: Type.Object({ goal: Goal }) }),
    },
    handler: async (request, reply) => reply.status(201).send(await createGoal(db, actorOf(request), request.params.id, request.body)),
  });

  app.patch('/api/participants/:id/goals/:goalId', {
    config: { policy: 'goal.write' },
    schema: {
      summary: 'Edit a goal (its words, language or status)',
      tags,
      params: GoalParams,
      body: UpdateGoal,
      response: responses({ 200: Type.Object({ goal: Goal }) }),
    },
    handler: async (request) => updateGoal(db, actorOf(request), request.params.id, request.params.goalId, request.body),
  });

  app.post('/api/participants/:id/activities', {
    config: { policy: 'activity.create' },
    schema: {
      summary: 'Add an activity to the plan; the answer carries the calendar’s warnings about it',
      tags,
      params: PlanParams,
      body: CreateActivity,
      response: responses({ 201: SavedActivity }),
    },
    handler: async (request, reply) => reply.status(201).send(await createActivity(db, actorOf(request), request.params.id, request.body)),
  });

  app.patch('/api/participants/:id/activities/:activityId', {
    config: { policy: 'activity.update' },
    schema: {
      summary: 'Change an activity; a stale version is answered with 409',
      tags,
      params: ActivityParams,
      body: UpdateActivity,
      response: responses({ 200: SavedActivity }),
    },
    handler: async (request) => updateActivity(db, actorOf(request), request.params.id, request.params.activityId, request.body),
  });

  app.post('/api/participants/:id/activities/:activityId/transition', {
    config: { policy: 'activity.update' },
    schema: {
      summary: 'Move an activity along its life cycle (cancelled needs a reason; done and cancelled are locked)',
      tags,
      params: ActivityParams,
      body: Transition,
      response: responses({ 200: SavedActivity }),
    },
    handler: async (request) => transitionActivity(db, actorOf(request), request.params.id, request.params.activityId, request.body),
  });

  app.get('/api/participants/:id/activities/:activityId/history', {
    config: { policy: 'plan.read' },
    schema: {
      summary: 'Every version of an activity: who, when and what changed',
      tags,
      params: ActivityParams,
      response: responses({ 200: ActivityHistory }),
    },
    handler: async (request) => activityHistory(db, actorOf(request), request.params.id, request.params.activityId),
  });
}
